using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Ikms.ListIkms;

/// <summary>Active IKM, filtered and paged, ordered by name then id.</summary>
/// <param name="Q">Part of the name or NIB, case-insensitive.</param>
/// <param name="Kecamatan">Only IKM of this kecamatan.</param>
/// <param name="Kbli">A 2–5 digit prefix of any capability's KBLI.</param>
/// <param name="Certification">Only IKM holding a certificate of this type valid today.</param>
/// <param name="Verified">Only verified (true) or unverified (false) IKM.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListIkmsQuery(
    string? Q,
    Kecamatan? Kecamatan,
    string? Kbli,
    CertificationType? Certification,
    bool? Verified,
    int Page,
    int PageSize) : IQuery<PagedList<IkmResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListIkms;
}
