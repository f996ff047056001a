using IkmMatch.Domain.Access;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Common.Abstractions;

/// <summary>
/// The unit of work the use cases read and write through. EF Core's <see cref="DbSet{TEntity}"/> already is a
/// repository, so there is no other layer between handlers and the database.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Ikm> Ikms { get; }

    DbSet<Industry> Industries { get; }

    DbSet<ProcurementNeed> Needs { get; }

    DbSet<Partnership> Partnerships { get; }

    DbSet<ApiKey> ApiKeys { get; }

    /// <summary>
    /// Saves the unit of work. A unique-key violation surfaces as <see cref="Exceptions.ConflictException"/>,
    /// a lost concurrency race as <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
