using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.ArchiveIndustry;

public sealed class ArchiveIndustryCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<ArchiveIndustryCommand>
{
    public async ValueTask<Unit> Handle(ArchiveIndustryCommand command, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Industry", command.Id);
        command.Precondition.Check("Industry", industry.Id, industry.Version);
        industry.Archive(clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Industry", industry.Id, cancellationToken);
        return Unit.Value;
    }
}
