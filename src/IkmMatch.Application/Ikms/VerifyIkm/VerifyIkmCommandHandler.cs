using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Ikms.VerifyIkm;

public sealed class VerifyIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<VerifyIkmCommand, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(VerifyIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.WithDetails().LoadForChangeAsync(command.Id, "IKM", actor, command.Operation, command.Precondition, cancellationToken);
        ikm.Verify(clock.Now(), actor.Name);
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
