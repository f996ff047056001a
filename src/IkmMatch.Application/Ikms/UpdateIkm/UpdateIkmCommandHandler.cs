using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.UpdateIkm;

public sealed class UpdateIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateIkmCommand, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(UpdateIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.WithDetails().LoadForChangeAsync(command.Id, "IKM", actor, Operation.UpdateIkm, command.Precondition, cancellationToken);

        var editor = actor.Role == Role.Ikm ? IkmEditor.Owner : IkmEditor.Registry;
        var nib = command.Body.Nib;
        if (nib != ikm.Nib)
        {
            if (editor == IkmEditor.Owner)
            {
                throw new ForbiddenException(new Text("problem.ownNib"));
            }

            if (await db.Ikms.AnyAsync(i => i.Nib == nib, cancellationToken))
            {
                throw new ConflictException(new Text("problem.ikmNibTaken", nib));
            }
        }

        ikm.Update(command.Body.ToProfile(), editor, clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
