using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Needs;
using Mediator;

namespace IkmMatch.Application.Needs.CreateNeed;

public sealed class CreateNeedCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateNeedCommand, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(CreateNeedCommand command, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.CreateNeed, industryId: command.Body.IndustryId);
        await db.EnsureIndustryCanBuyAsync(command.Body.IndustryId, cancellationToken);
        var need = ProcurementNeed.Post(command.Body.IndustryId, command.Body.ToDetails(), clock.Now());
        db.Needs.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return need.ToVersionedResponse();
    }
}
