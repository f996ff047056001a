using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using IkmMatch.Domain.Webhooks;
using IkmMatch.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IkmMatch.Infrastructure.Persistence;

/// <summary>The unit of work over PostgreSQL. Saving stamps audited records with the caller (<see cref="IAudited"/>).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentActor? actor = null) : DbContext(options), IApplicationDbContext
{
    /// <summary>Unique indexes whose violation is a client's duplicate, with the sentence the client reads.</summary>
    private static readonly Dictionary<string, Text> UniqueIndexMessages = new(StringComparer.Ordinal)
    {
        ["ux_ikms_nib"] = new("problem.unique.ikmNib"),
        ["ux_industries_nib"] = new("problem.unique.industryNib"),
        [ApiKeyConfiguration.NameIndex] = new("problem.unique.apiKeyName"),
        [PartnershipConfiguration.RunningIndex] = new("problem.unique.runningPartnership"),
        [PartnershipConfiguration.DirectRunningIndex] = new("problem.unique.directRunningPartnership"),
    };

    public DbSet<Ikm> Ikms => Set<Ikm>();

    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<ProcurementNeed> Needs => Set<ProcurementNeed>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The actor recorded when there is no caller (start-up work such as seeding, design-time tools).</summary>
    public const string SystemActor = "system";

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        StampActor();
        RecordEvents();
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

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task LockNeedAsync(Guid needId, bool exclusive, CancellationToken cancellationToken) =>
        exclusive
            ? Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM needs WHERE id = {needId} FOR UPDATE", cancellationToken)
            : Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM needs WHERE id = {needId} FOR SHARE", cancellationToken);

    /// <summary>
    /// Writes the events the changed records raised to the outbox, in the same transaction as the changes: the database
    /// numbers them as they are inserted (<see cref="OutboxEvent.Position"/>).
    /// </summary>
    private void RecordEvents()
    {
        var name = actor?.Name ?? SystemActor;
        foreach (var entry in ChangeTracker.Entries<IRaisesEvents>().ToList())
        {
            foreach (var raised in entry.Entity.TakeEvents())
            {
                OutboxEvents.Add(OutboxEvent.Record(raised, name));
            }
        }
    }

    private void StampActor()
    {
        var name = actor?.Name ?? SystemActor;
        foreach (var entry in ChangeTracker.Entries<IAudited>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RecordActor(name, created: entry.State == EntityState.Added);
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
