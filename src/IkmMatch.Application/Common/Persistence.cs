using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
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
                throw new PreconditionFailedException(new Text("problem.ifMatchLostRace", new Text("resource." + resource), id.ToString()));
            }

            throw new ConflictException(new Text("problem.lostRace", new Text("resource." + resource), id.ToString()));
        }
    }
}
