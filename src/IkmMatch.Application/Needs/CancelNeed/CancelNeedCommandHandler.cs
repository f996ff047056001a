using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.CancelNeed;

public sealed class CancelNeedCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CancelNeedCommand, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(CancelNeedCommand command, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(ct => ChangeAsync(command, ct), cancellationToken);

    private async Task<Versioned<NeedResponse>> ChangeAsync(CancelNeedCommand command, CancellationToken cancellationToken)
    {
        // Locked first and stamped after: a proposal that got in before is older than the close.
        await db.LockNeedAsync(command.Id, exclusive: true, cancellationToken);
        var need = await db.Needs.LoadForChangeAsync(command.Id, "Need", actor, Operation.CancelNeed, command.Precondition, cancellationToken);
        need.Cancel(clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Need", need.Id, cancellationToken);
        return need.ToVersionedResponse();
    }
}
