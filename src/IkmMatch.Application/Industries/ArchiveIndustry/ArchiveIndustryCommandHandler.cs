using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Industries.ArchiveIndustry;

public sealed class ArchiveIndustryCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<ArchiveIndustryCommand>
{
    public async ValueTask<Unit> Handle(ArchiveIndustryCommand command, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.LoadForChangeAsync(command.Id, "Industry", actor, command.Operation, command.Precondition, cancellationToken);
        industry.Archive(clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Industry", industry.Id, cancellationToken);
        return Unit.Value;
    }
}
