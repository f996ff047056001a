using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

public sealed class AcceptPartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<AcceptPartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(AcceptPartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(actor, command.Operation, command.Id, command.Precondition, p => p.Accept(actor.Name, command.Body.Note, clock.Now()), cancellationToken);
}
