using IkmMatch.Application.Access;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Ikms.ExportIkms;

/// <summary>
/// The registry, filtered as the list is, in id order, for writing out as it is read: the answer is a sequence the
/// caller enumerates page by page (<see cref="ExportIkmsQueryHandler.PageSize"/> IKM per statement), never the whole
/// registry in memory.
/// </summary>
/// <param name="IncludeArchived">Archived IKM too (with <c>status</c> Archived), for a reader that mirrors the registry.</param>
public sealed record ExportIkmsQuery(
    string? Q,
    Kecamatan? Kecamatan,
    string? Kbli,
    CertificationType? Certification,
    bool? Verified,
    bool IncludeArchived) : IQuery<IkmExport>, IAuthorizedRequest
{
    public Operation Operation => Operation.ExportIkms;
}

/// <summary>The IKM of an export, read from the database as they are enumerated.</summary>
public sealed record IkmExport(IAsyncEnumerable<IkmResponse> Ikms);
