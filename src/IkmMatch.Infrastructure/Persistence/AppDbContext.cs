using IkmMatch.Application.Alerts;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using IkmMatch.Domain.Webhooks;
using IkmMatch.Infrastructure.Outbox;
using IkmMatch.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IkmMatch.Infrastructure.Persistence;

/// <summary>The unit of work over PostgreSQL. Saving stamps audited records with the caller (<see cref="IAudited"/>).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentActor? actor = null, RecordCaches? caches = null)
    : DbContext(options), IApplicationDbContext
{
    /// <summary>Changes saved in the open transaction, evicted from this process's read caches when it commits.</summary>
    private readonly List<(string Type, Guid Subject)> _uncommitted = [];
    private bool _keysUncommitted;

    /// <summary>Unique indexes whose violation is a client's duplicate, with the sentence the client reads.</summary>
    private static readonly Dictionary<string, Text> UniqueIndexMessages = new(StringComparer.Ordinal)
    {
        ["ux_ikms_nib"] = new("problem.unique.ikmNib"),
        ["ux_industries_nib"] = new("problem.unique.industryNib"),
        [ApiKeyConfiguration.NameIndex] = new("problem.unique.apiKeyName"),
        [PartnershipConfiguration.RunningIndex] = new("problem.unique.runningPartnership"),
        [PartnershipConfiguration.DirectRunningIndex] = new("problem.unique.directRunningPartnership"),
        [EnrolmentConfiguration.UniqueIndex] = new("problem.unique.enrolment"),
    };

    public DbSet<Ikm> Ikms => Set<Ikm>();

    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<ProcurementNeed> Needs => Set<ProcurementNeed>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    public DbSet<NeedRanking> NeedRankings => Set<NeedRanking>();

    public DbSet<NeedRankingEntry> NeedRankingEntries => Set<NeedRankingEntry>();

    public DbSet<TenderAlert> TenderAlerts => Set<TenderAlert>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The actor recorded when there is no caller (start-up work such as seeding, design-time tools).</summary>
    public const string SystemActor = "system";

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        StampActor();
        var written = RecordEvents();
        var keysChanged = ChangeTracker.Entries<ApiKey>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        try
        {
            var saved = await base.SaveChangesAsync(cancellationToken);
            if (keysChanged)
            {
                // Other processes empty their cached keys when this commits (see ChangeListener).
                await Database.ExecuteSqlRawAsync($"SELECT pg_notify('{ChangeListener.KeysChannel}', '')", cancellationToken);
            }

            _uncommitted.AddRange(written);
            _keysUncommitted |= keysChanged;
            if (Database.CurrentTransaction is null)
            {
                EvictCommitted();
            }

            return saved;
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
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException
            && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ProgrammeEventConfiguration.SequenceIndex })
        {
            throw new DbUpdateConcurrencyException("The programme was changed by another request at the same time.", ex);
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
        EvictCommitted();
        return result;
    }

    public Task LockNeedAsync(Guid needId, bool exclusive, CancellationToken cancellationToken) =>
        exclusive
            ? Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM needs WHERE id = {needId} FOR UPDATE", cancellationToken)
            : Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM needs WHERE id = {needId} FOR SHARE", cancellationToken);

    public Task LockProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM programmes WHERE id = {programmeId} FOR UPDATE", cancellationToken);

    /// <summary>
    /// Writes the events the changed records raised to the outbox, in the same transaction as the changes: the database
    /// numbers them as they are inserted (<see cref="OutboxEvent.Position"/>).
    /// </summary>
    private List<(string Type, Guid Subject)> RecordEvents()
    {
        var name = actor?.Name ?? SystemActor;
        var written = new List<(string, Guid)>();
        foreach (var entry in ChangeTracker.Entries<IRaisesEvents>().ToList())
        {
            foreach (var raised in entry.Entity.TakeEvents())
            {
                OutboxEvents.Add(OutboxEvent.Record(raised, name));
                written.Add((raised.Type, raised.Subject));
            }
        }

        return written;
    }

    /// <summary>
    /// This process's read caches forget what the committed changes made stale at once, so that a client reads its own
    /// write; other processes do when the database's notification reaches them.
    /// </summary>
    private void EvictCommitted()
    {
        if (caches is not null)
        {
            foreach (var (type, subject) in _uncommitted)
            {
                caches.Changed(type, subject);
            }

            if (_keysUncommitted)
            {
                caches.KeysChanged();
            }
        }

        _uncommitted.Clear();
        _keysUncommitted = false;
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
