using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.WithdrawPartnership;

public sealed class WithdrawPartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<WithdrawPartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(WithdrawPartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(actor, command.Operation, command.Id, command.Precondition, p => p.Withdraw(actor.Name, command.Body.Reason, clock.Now()), cancellationToken);
}
