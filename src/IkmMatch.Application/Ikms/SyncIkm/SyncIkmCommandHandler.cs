using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.SyncIkm;

public sealed class SyncIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SyncIkmCommand, Synced<IkmResponse>>
{
    public async ValueTask<Synced<IkmResponse>> Handle(SyncIkmCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.SyncIkm);
        var profile = command.Body.ToProfile();
        var ikm = await db.Ikms.WithDetails().FirstOrDefaultAsync(i => i.Nib == command.Nib, cancellationToken);
        if (ikm is null)
        {
            if (command.Precondition.ExpectedVersion is not null)
            {
                throw new PreconditionFailedException(new Text("problem.ifMatchNoRecord", new Text("resource.IKM"), command.Nib));
            }

            ikm = Ikm.Register(profile, clock.Now());
            db.Ikms.Add(ikm);
            await db.SaveChangesAsync(cancellationToken); // a concurrent sync of the same NIB loses on the unique index: 409
            return new(ikm.ToVersionedResponse(), Created: true);
        }

        command.Precondition.Check("IKM", ikm.Id, ikm.Version);
        if (!ikm.Holds(profile))
        {
            ikm.Update(profile, IkmEditor.Registry, clock.Now());
            await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        }

        return new(ikm.ToVersionedResponse(), Created: false);
    }
}
