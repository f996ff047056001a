using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Alerts.ReadIkmAlert;

public sealed class ReadIkmAlertCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReadIkmAlertCommand, AlertResponse>
{
    public async ValueTask<AlertResponse> Handle(ReadIkmAlertCommand command, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.ReadIkmAlert, ikmId: command.IkmId);
        var now = clock.GetUtcNow();
        var marked = await db.TenderAlerts
            .Where(a => a.Id == command.AlertId && a.IkmId == command.IkmId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadAt, a => a.ReadAt ?? now), cancellationToken);
        if (marked == 0)
        {
            throw new NotFoundException("Alert", command.AlertId);
        }

        return await db.Responses(db.TenderAlerts.AsNoTracking().Where(a => a.Id == command.AlertId)).SingleAsync(cancellationToken);
    }
}
