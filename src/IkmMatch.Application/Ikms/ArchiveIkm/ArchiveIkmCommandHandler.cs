using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Ikms.ArchiveIkm;

public sealed class ArchiveIkmCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<ArchiveIkmCommand>
{
    public async ValueTask<Unit> Handle(ArchiveIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.LoadForChangeAsync(command.Id, "IKM", actor, command.Operation, command.Precondition, cancellationToken);
        ikm.Archive(clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return Unit.Value;
    }
}
