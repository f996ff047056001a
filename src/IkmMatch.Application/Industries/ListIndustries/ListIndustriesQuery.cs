using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Industries.ListIndustries;

/// <summary>Active large industries, filtered and paged, ordered by name then id.</summary>
/// <param name="Q">Part of the name or NIB, case-insensitive.</param>
/// <param name="Kecamatan">Only industries of this kecamatan.</param>
/// <param name="Sector">Only industries of this sector (case-insensitive, whole word).</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListIndustriesQuery(string? Q, Kecamatan? Kecamatan, string? Sector, int Page, int PageSize)
    : IQuery<PagedList<IndustryResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListIndustries;
}
