using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.ArchiveIkm;

public sealed class ArchiveIkmCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ArchiveIkmCommand>
{
    public async ValueTask<Unit> Handle(ArchiveIkmCommand command, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("IKM", command.Id);
        command.Precondition.Check("IKM", ikm.Id, ikm.Version);
        ikm.Archive(clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "IKM", ikm.Id, cancellationToken);
        return Unit.Value;
    }
}
