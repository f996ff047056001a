using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.ActivatePartnership;

public sealed class ActivatePartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ActivatePartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(ActivatePartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(actor, command.Operation, command.Id, command.Precondition, p => p.Activate(actor.Name, command.Body.ContractValue, command.Body.StartDate, command.Body.EndDate, clock.Now()), cancellationToken);
}
