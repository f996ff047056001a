using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Ocds.GetOcdsRecord;

public sealed class GetOcdsRecordQueryHandler(IApplicationDbContext db, ICurrentActor actor, IOptions<OcdsOptions> options)
    : IQueryHandler<GetOcdsRecordQuery, OcdsRecordPackage>
{
    public async ValueTask<OcdsRecordPackage> Handle(GetOcdsRecordQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.GetOcdsRecord);
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == query.NeedId, cancellationToken)
            ?? throw new NotFoundException("Need", query.NeedId);
        var release = (await OcdsReleases.BuildAsync(db, options.Value.OcidPrefix, [need], cancellationToken))[0];
        return new OcdsRecordPackage(
            $"{query.BaseUrl}/api/v1/ocds/records/{need.Id}",
            OcdsReleases.Version,
            release.Date,
            new OcdsPublisher(options.Value.PublisherName),
            [$"{query.BaseUrl}/api/v1/ocds/releases"],
            [new OcdsRecord(release.Ocid, [release], release)]);
    }
}
