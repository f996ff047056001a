using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.UpdateIkm;

public sealed class UpdateIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateIkmCommand, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(UpdateIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.WithDetails().FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("IKM", command.Id);
        actor.DemandOn(Operation.UpdateIkm, ikmId: ikm.Id);
        command.Precondition.Check("IKM", ikm.Id, ikm.Version);

        var nib = command.Body.Nib;
        if (nib != ikm.Nib)
        {
            var holder = await db.Ikms.Where(i => i.Nib == nib).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                throw new ConflictException(new Text("problem.nibBelongsToIkm", nib, holder.ToString()!));
            }
        }

        ikm.Update(command.Body.ToProfile(), clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
