using IkmMatch.Application.Alerts;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using IkmMatch.Domain.Webhooks;
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

    DbSet<Programme> Programmes { get; }

    /// <summary>The outbox: every change's event, in commit order. Written by saving changed records; read by consumers and feeds.</summary>
    DbSet<OutboxEvent> OutboxEvents { get; }

    /// <summary>Kept rankings of open needs (their counts and freshness), written by the ranking keeper.</summary>
    DbSet<NeedRanking> NeedRankings { get; }

    /// <summary>The candidates of kept rankings, one row per need and IKM.</summary>
    DbSet<NeedRankingEntry> NeedRankingEntries { get; }

    /// <summary>Tender alerts: open needs IKM rank among the eligible top of.</summary>
    DbSet<TenderAlert> TenderAlerts { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    /// <summary>Events to post to subscriptions, with their attempts (written by <see cref="Webhooks.WebhookFanOut"/>).</summary>
    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    /// <summary>
    /// Saves the unit of work. A unique-key violation surfaces as <see cref="Exceptions.ConflictException"/>,
    /// a lost concurrency race as <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a transaction: the request's own when it has one, else one of its own, committed at the end.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Locks a need's row until the transaction ends: shared by proposals for it, exclusive for its status changes, so
    /// that a proposal and a close are ordered — no proposal is made after the need it answers was closed.
    /// </summary>
    Task LockNeedAsync(Guid needId, bool exclusive, CancellationToken cancellationToken);

    /// <summary>
    /// Locks a programme's row until the transaction ends, so that its changes — enrolments above all — happen one after
    /// the other and each sees the seats the one before it left.
    /// </summary>
    Task LockProgrammeAsync(Guid programmeId, CancellationToken cancellationToken);
}
