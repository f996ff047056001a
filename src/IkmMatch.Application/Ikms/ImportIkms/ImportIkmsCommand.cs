using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Ikms.ImportIkms;

/// <summary>
/// Creates or replaces many IKM by NIB in one request. Each row is validated with the rules of the single create and
/// applied on its own merits: valid rows are applied, rejected rows are reported with their errors, and every valid row
/// commits in one transaction (all of them or, when the server fails, none). A row equal to the IKM on record changes
/// nothing, so an import sent again reports every row unchanged.
/// </summary>
public sealed record ImportIkmsCommand(IReadOnlyList<ImportRow> Rows) : ICommand<ImportReport>, IAuthorizedRequest
{
    /// <summary>The most rows one import takes.</summary>
    public const int MaxRows = 10_000;

    public Operation Operation => Operation.ImportIkms;
}

/// <summary>
/// One row of an import: its position (1 for the first IKM of the file) and the IKM it states, or the errors that kept
/// it from being read (<see cref="Body"/> null); <see cref="Nib"/> as far as it could be read.
/// </summary>
public sealed record ImportRow(int Row, string? Nib, IkmRequest? Body, IReadOnlyDictionary<string, string[]>? Errors = null);
