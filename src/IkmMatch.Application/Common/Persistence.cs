using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Common;

public static class Persistence
{
    /// <summary>
    /// Saves a change to an existing resource. When another request saved the same resource first, the race is lost:
    /// a 412 when the client named a version with If-Match, a 409 otherwise.
    /// </summary>
    public static async Task SaveChangesGuardedAsync(
        this IApplicationDbContext db,
        Precondition precondition,
        string resource,
        Guid id,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (precondition.ExpectedVersion is not null)
            {
                throw new PreconditionFailedException($"{resource} {id} was changed by another request; If-Match no longer holds. Read it again and retry.");
            }

            throw new ConflictException($"{resource} {id} was changed by another request at the same time. Read it again and retry.");
        }
    }
}
