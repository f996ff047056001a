using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Ocds.ListOcdsReleases;

public sealed class ListOcdsReleasesQueryHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<OcdsOptions> options)
    : IQueryHandler<ListOcdsReleasesQuery, OcdsReleasePackage>
{
    public async ValueTask<OcdsReleasePackage> Handle(ListOcdsReleasesQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.ListOcdsReleases);
        var total = await db.Needs.CountAsync(cancellationToken);
        var needs = await db.Needs.AsNoTracking()
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var releases = await OcdsReleases.BuildAsync(db, options.Value.OcidPrefix, needs, cancellationToken);

        string Page(int page) => $"{query.BaseUrl}/api/v1/ocds/releases?page={page}&pageSize={query.PageSize}";
        var links = new OcdsLinks(
            (long)query.Page * query.PageSize < total ? Page(query.Page + 1) : null,
            query.Page > 1 ? Page(query.Page - 1) : null);
        return new OcdsReleasePackage(
            Page(query.Page),
            OcdsReleases.Version,
            releases.Count > 0 ? releases.Max(r => r.Date) : clock.GetUtcNow(),
            new OcdsPublisher(options.Value.PublisherName),
            releases,
            links.Next is null && links.Prev is null ? null : links);
    }
}
