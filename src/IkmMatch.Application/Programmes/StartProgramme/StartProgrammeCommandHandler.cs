using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.StartProgramme;

public sealed class StartProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<StartProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(StartProgrammeCommand command, CancellationToken cancellationToken) =>
        await db.StepAsync(
            actor, command.Operation, command.Id, command.Precondition, p => p.Start(actor.Name, command.Body.Note, clock.Now()), cancellationToken);
}
