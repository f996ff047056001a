using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.RejectPartnership;

public sealed class RejectPartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RejectPartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(RejectPartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(actor, command.Operation, command.Id, command.Precondition, p => p.Reject(actor.Name, command.Body.Reason, clock.Now()), cancellationToken);
}
