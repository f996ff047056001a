using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.OpenProgramme;

public sealed class OpenProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<OpenProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(OpenProgrammeCommand command, CancellationToken cancellationToken) =>
        await db.StepAsync(
            actor, command.Operation, command.Id, command.Precondition, p => p.Open(actor.Name, command.Body.Note, clock.Now()), cancellationToken);
}
