using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("ApiKey", command.Id);
        key.Revoke(actor.Name, clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
