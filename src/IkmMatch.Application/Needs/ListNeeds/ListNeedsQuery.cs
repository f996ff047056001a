using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Needs;
using Mediator;

namespace IkmMatch.Application.Needs.ListNeeds;

/// <summary>Procurement needs, newest first, filtered and paged.</summary>
/// <param name="IndustryId">Only needs of this industry.</param>
/// <param name="Status">Only needs in this status.</param>
/// <param name="Kbli">A 2–5 digit prefix of the need's KBLI.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListNeedsQuery(Guid? IndustryId, NeedStatus? Status, string? Kbli, int Page, int PageSize)
    : IQuery<PagedList<NeedResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListNeeds;
}
