using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.UpdateIndustry;

public sealed class UpdateIndustryCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateIndustryCommand, Versioned<IndustryResponse>>
{
    public async ValueTask<Versioned<IndustryResponse>> Handle(UpdateIndustryCommand command, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Industry", command.Id);
        actor.DemandOn(Operation.UpdateIndustry, industryId: industry.Id);
        command.Precondition.Check("Industry", industry.Id, industry.Version);

        var nib = command.Body.Nib;
        if (nib != industry.Nib)
        {
            var holder = await db.Industries.Where(i => i.Nib == nib).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                throw new ConflictException(new Text("problem.nibBelongsToIndustry", nib, holder.ToString()!));
            }
        }

        industry.Update(command.Body.ToProfile(), clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Industry", industry.Id, cancellationToken);
        return industry.ToVersionedResponse();
    }
}
