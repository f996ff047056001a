using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

public sealed class AcceptPartnershipCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<AcceptPartnershipCommand, Versioned<PartnershipResponse>>
{
    public ValueTask<Versioned<PartnershipResponse>> Handle(AcceptPartnershipCommand command, CancellationToken cancellationToken) =>
        db.TransitionAsync(
            actor, command.Operation, command.Id, command.Precondition, p => p.Accept(actor.Name, command.Body.Note, clock.Now()), cancellationToken, EnsureIkmActiveAsync);

    /// <summary>An archived IKM takes on nothing new, whoever accepts for it.</summary>
    private async Task EnsureIkmActiveAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        var status = await db.Ikms.Where(i => i.Id == partnership.IkmId).Select(i => i.Status).FirstAsync(cancellationToken);
        if (status == RecordStatus.Archived)
        {
            throw new ConflictException(new Text("problem.ikmArchivedNoAccept", partnership.IkmId.ToString()));
        }
    }
}
