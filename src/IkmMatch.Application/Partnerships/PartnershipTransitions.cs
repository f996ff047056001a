using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Application.Partnerships;

internal static class PartnershipTransitions
{
    /// <summary>
    /// Loads the partnership, checks If-Match, lets the domain take the step (it refuses what the life cycle does
    /// not allow) and saves on the version token, so that of concurrent steps exactly one wins. A <paramref name="guard"/>
    /// checks what else the step needs, after access and If-Match.
    /// </summary>
    public static async ValueTask<Versioned<PartnershipResponse>> TransitionAsync(
        this IApplicationDbContext db,
        ICurrentActor actor,
        Operation operation,
        Guid id,
        Precondition precondition,
        Action<Partnership> step,
        CancellationToken cancellationToken,
        Func<Partnership, CancellationToken, Task>? guard = null)
    {
        var partnership = await db.Partnerships.WithHistory().LoadForChangeAsync(id, "Partnership", actor, operation, precondition, cancellationToken);
        if (guard is not null)
        {
            await guard(partnership, cancellationToken);
        }

        step(partnership);
        await db.SaveChangesGuardedAsync(precondition, "Partnership", id, cancellationToken);
        return partnership.ToVersionedResponse();
    }
}
