using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using Mediator;

namespace IkmMatch.Application.Programmes.UpdateProgramme;

public sealed class UpdateProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken) =>
        await db.StepAsync(
            actor,
            command.Operation,
            command.Id,
            command.Precondition,
            programme =>
            {
                if (command.Body.OrganiserIndustryId != programme.OrganiserIndustryId)
                {
                    throw new ConflictException(new Text("problem.programmeCannotMove", programme.OrganiserIndustryId?.ToString() ?? "Disperindag"));
                }

                programme.Update(command.Body.ToDetails(), clock.Now());
            },
            cancellationToken);
}
