using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Partnerships;
using Mediator;

namespace IkmMatch.Application.Partnerships.ListPartnerships;

/// <summary>Partnerships, newest first, filtered and paged.</summary>
/// <param name="Status">Only partnerships in this status.</param>
/// <param name="IkmId">Only partnerships of this IKM.</param>
/// <param name="IndustryId">Only partnerships of this industry.</param>
/// <param name="NeedId">Only partnerships from this need.</param>
/// <param name="Pattern">Only partnerships of this pattern.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListPartnershipsQuery(
    PartnershipStatus? Status,
    Guid? IkmId,
    Guid? IndustryId,
    Guid? NeedId,
    PartnershipPattern? Pattern,
    int Page,
    int PageSize) : IQuery<PagedList<PartnershipResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListPartnerships;
}
