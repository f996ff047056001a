using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CancelProgramme;

public sealed class CancelProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CancelProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(CancelProgrammeCommand command, CancellationToken cancellationToken) =>
        await db.StepAsync(
            actor, command.Operation, command.Id, command.Precondition, p => p.Cancel(actor.Name, command.Body.Reason!, clock.Now()), cancellationToken);
}
