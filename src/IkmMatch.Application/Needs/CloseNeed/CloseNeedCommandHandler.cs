using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Needs.CloseNeed;

public sealed class CloseNeedCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CloseNeedCommand, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(CloseNeedCommand command, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(ct => ChangeAsync(command, ct), cancellationToken);

    private async Task<Versioned<NeedResponse>> ChangeAsync(CloseNeedCommand command, CancellationToken cancellationToken)
    {
        // Locked first and stamped after: a proposal that got in before is older than the close.
        await db.LockNeedAsync(command.Id, exclusive: true, cancellationToken);
        var need = await db.Needs.LoadForChangeAsync(command.Id, "Need", actor, Operation.CloseNeed, command.Precondition, cancellationToken);
        need.Close(command.Fulfilled, clock.Now());
        await db.SaveChangesGuardedAsync(command.Precondition, "Need", need.Id, cancellationToken);
        return need.ToVersionedResponse();
    }
}
