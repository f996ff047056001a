using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.ApiKeys.ListApiKeys;

/// <summary>Issued keys, newest first, without their secrets.</summary>
/// <param name="Revoked">Only revoked (true) or only usable (false) keys.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListApiKeysQuery(bool? Revoked, int Page, int PageSize) : IQuery<PagedList<ApiKeyResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListApiKeys;
}
