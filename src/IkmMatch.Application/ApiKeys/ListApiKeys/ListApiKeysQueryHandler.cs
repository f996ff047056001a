using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysQueryHandler(IApplicationDbContext db) : IQueryHandler<ListApiKeysQuery, PagedList<ApiKeyResponse>>
{
    public async ValueTask<PagedList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (query.Revoked is { } revoked)
        {
            keys = revoked ? keys.Where(k => k.RevokedAt != null) : keys.Where(k => k.RevokedAt == null);
        }

        var total = await keys.CountAsync(cancellationToken);
        var page = await keys.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<ApiKeyResponse>([.. page.Select(k => k.ToResponse())], query.Page, query.PageSize, total);
    }
}
