using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using Mediator;

namespace IkmMatch.Application.Programmes.CreateProgramme;

public sealed class CreateProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var organiser = command.Body.OrganiserIndustryId;
        actor.DemandOn(Operation.CreateProgramme, industryId: organiser);
        if (organiser is { } industryId)
        {
            await db.EnsureOrganiserActiveAsync(industryId, cancellationToken);
        }

        var programme = Programme.Plan(command.Body.ToDetails(), organiser, actor.Name, clock.Now());
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return programme.ToVersionedResponse();
    }
}
