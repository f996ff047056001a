using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.SyncIndustry;

public sealed class SyncIndustryCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SyncIndustryCommand, Synced<IndustryResponse>>
{
    public async ValueTask<Synced<IndustryResponse>> Handle(SyncIndustryCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.SyncIndustry);
        var profile = command.Body.ToProfile();
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Nib == command.Nib, cancellationToken);
        if (industry is null)
        {
            if (command.Precondition.ExpectedVersion is not null)
            {
                throw new PreconditionFailedException(new Text("problem.ifMatchNoRecord", new Text("resource.Industry"), command.Nib));
            }

            industry = Industry.Register(profile, clock.Now());
            db.Industries.Add(industry);
            await db.SaveChangesAsync(cancellationToken);
            return new(industry.ToVersionedResponse(), Created: true);
        }

        command.Precondition.Check("Industry", industry.Id, industry.Version);
        if (!industry.Holds(profile))
        {
            industry.Update(profile, clock.Now());
            await db.SaveChangesGuardedAsync(command.Precondition, "Industry", industry.Id, cancellationToken);
        }

        return new(industry.ToVersionedResponse(), Created: false);
    }
}
