using System.Text.Json.Serialization;

namespace IkmMatch.Application.Ikms.ImportIkms;

/// <summary>What an import did: the counts, and one result per row in the order of the file.</summary>
public sealed record ImportReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportRowResult> Rows);

/// <summary>
/// One row's outcome: the IKM's <see cref="Id"/> when it was created, updated or found unchanged; the validation
/// <see cref="Errors"/> (keyed by the field's path, as in a 400 problem) when it was rejected.
/// </summary>
public sealed record ImportRowResult(
    int Row,
    string? Nib,
    ImportOutcome Outcome,
    Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
