using System.Text.Json;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Outbox;

/// <summary>
/// One <see cref="DomainEvent"/> as the outbox keeps it: written in the transaction of its change, numbered by the
/// database with a gap-free <see cref="Position"/> in commit order, so that readers can page by it and never miss one.
/// </summary>
public sealed class OutboxEvent
{
    private static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web);

    private OutboxEvent()
    {
    }

    /// <summary>
    /// 1, 2, 3, … in the order the transactions that wrote them committed: a transaction takes its numbers as it writes
    /// and holds the counter until it commits, so a number is never skipped (a rolled-back transaction returns its
    /// numbers) and a reader that has seen N has seen every event up to N.
    /// </summary>
    public long Position { get; private set; }

    public Guid Id { get; private set; }

    /// <summary>What happened (<see cref="EventTypes"/>).</summary>
    public string Type { get; private set; } = string.Empty;

    /// <summary>The id of the record that changed.</summary>
    public Guid Subject { get; private set; }

    /// <summary>The IKM the event concerns, if any.</summary>
    public Guid? IkmId { get; private set; }

    /// <summary>The industry the event concerns, if any.</summary>
    public Guid? IndustryId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Who made the change (an API key's name or a token's subject; <c>system</c> for start-up work).</summary>
    public string Actor { get; private set; } = string.Empty;

    /// <summary>The event's thin data as a JSON object.</summary>
    public string Data { get; private set; } = "{}";

    /// <summary>The outbox record of <paramref name="domainEvent"/>; the database gives it its position when it is written.</summary>
    public static OutboxEvent Record(DomainEvent domainEvent, string actor) => new()
    {
        Id = Guid.CreateVersion7(domainEvent.OccurredAt),
        Type = domainEvent.Type,
        Subject = domainEvent.Subject,
        IkmId = domainEvent.IkmId,
        IndustryId = domainEvent.IndustryId,
        OccurredAt = domainEvent.OccurredAt,
        Actor = actor,
        Data = JsonSerializer.Serialize(domainEvent.Data, DataJson),
    };
}
