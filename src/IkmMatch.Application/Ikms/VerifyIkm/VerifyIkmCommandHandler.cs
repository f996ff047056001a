using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.VerifyIkm;

public sealed class VerifyIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<VerifyIkmCommand, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(VerifyIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.WithDetails().FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("IKM", command.Id);
        command.Precondition.Check("IKM", ikm.Id, ikm.Version);
        ikm.Verify(clock.Now(), actor.Name);
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return ikm.ToVersionedResponse();
    }
}
