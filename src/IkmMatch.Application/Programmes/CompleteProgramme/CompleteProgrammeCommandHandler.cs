using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.CompleteProgramme;

public sealed class CompleteProgrammeCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CompleteProgrammeCommand, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(CompleteProgrammeCommand command, CancellationToken cancellationToken) =>
        await db.StepAsync(
            actor, command.Operation, command.Id, command.Precondition, p => p.Complete(actor.Name, command.Body.Note, clock.Now()), cancellationToken);
}
