using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IkmMatch.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IApplicationDbContext
{
    /// <summary>Unique indexes whose violation is a client's duplicate, with the sentence the client reads.</summary>
    private static readonly Dictionary<string, string> UniqueIndexMessages = new(StringComparer.Ordinal)
    {
        ["ux_ikms_nib"] = "An IKM with this NIB is already registered.",
        ["ux_industries_nib"] = "An industry with this NIB is already registered.",
        [ApiKeyConfiguration.NameIndex] = "A key with this name already exists (revoked keys keep their names). Choose another name.",
        [PartnershipConfiguration.RunningIndex] = "This IKM already has a running partnership (Proposed, Accepted or Active) for this need.",
    };

    public DbSet<Ikm> Ikms => Set<Ikm>();

    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<ProcurementNeed> Needs => Set<ProcurementNeed>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException
            && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
            && pg.ConstraintName is not null
            && UniqueIndexMessages.TryGetValue(pg.ConstraintName, out var message))
        {
            throw new ConflictException(message);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException
            && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PartnershipEventConfiguration.SequenceIndex })
        {
            // Two concurrent steps on one partnership both appended history entry N: the second is a lost race, exactly
            // as if its version check had failed first.
            throw new DbUpdateConcurrencyException("The partnership was changed by another request at the same time.", ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
