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
        var industry = await db.Industries.LoadForChangeAsync(command.Id, "Industry", actor, Operation.UpdateIndustry, command.Precondition, cancellationToken);

        var nib = command.Body.Nib;
        if (nib != industry.Nib)
        {
            // The holder is not named: the caller may not be allowed to read it.
            if (await db.Industries.AnyAsync(i => i.Nib == nib, cancellationToken))
            {
                throw new ConflictException(new Text("problem.industryNibTaken", nib));
            }
        }

        industry.Update(command.Body.ToProfile(), clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Industry", industry.Id, cancellationToken);
        return industry.ToVersionedResponse();
    }
}
