using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Common;

/// <summary>The first steps of every change to an owned record, written once: load, 404, ownership, If-Match.</summary>
public static class OwnedRecords
{
    /// <summary>
    /// Loads the record to change it: a 404 when there is none, a 403 when the caller may not do
    /// <paramref name="operation"/> on it, a 412 when If-Match no longer holds. The caller then changes it and saves
    /// with <see cref="Persistence.SaveChangesGuardedAsync"/>.
    /// </summary>
    public static async Task<T> LoadForChangeAsync<T>(
        this IQueryable<T> records,
        Guid id,
        string resource,
        ICurrentActor actor,
        Operation operation,
        Precondition precondition,
        CancellationToken cancellationToken)
        where T : class, IOwnedRecord
    {
        var record = await records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(resource, id);
        actor.DemandOn(operation, record.OwnerIkmId, record.OwnerIndustryId);
        precondition.Check(resource, id, record.Version);
        return record;
    }
}
