using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.TerminatePartnership;

public sealed class TerminatePartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<TerminatePartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(TerminatePartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(actor, command.Operation, command.Id, command.Precondition, p => p.Terminate(actor.Name, command.Body.Reason, clock.Now()), cancellationToken);
}
