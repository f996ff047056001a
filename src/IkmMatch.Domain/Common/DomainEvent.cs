namespace IkmMatch.Domain.Common;

/// <summary>
/// A change of a record that the rest of IkmMatch and other systems are told about: written to the outbox in the same
/// transaction as the change itself, so that there is never an event without its change nor a change without its event.
/// </summary>
/// <param name="Type">What happened, e.g. <c>ikm.updated</c> (<see cref="EventTypes"/>).</param>
/// <param name="Subject">The id of the record that changed.</param>
/// <param name="IkmId">The IKM the record belongs to or concerns, if any: who may read the event.</param>
/// <param name="IndustryId">The industry the record belongs to or concerns, if any: who may read the event.</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Data">Thin data: ids and what a reader needs to decide whether to fetch the record.</param>
public sealed record DomainEvent(
    string Type,
    Guid Subject,
    Guid? IkmId,
    Guid? IndustryId,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, object?> Data);

/// <summary>A record that raises <see cref="DomainEvent"/>s as it changes; the unit of work takes them as it saves.</summary>
public interface IRaisesEvents
{
    /// <summary>The events raised since the last call, in the order they were raised; the record forgets them.</summary>
    IReadOnlyList<DomainEvent> TakeEvents();
}

/// <summary>Keeps the events a record raised until the unit of work takes them.</summary>
public abstract class EventSource : IRaisesEvents
{
    private readonly List<DomainEvent> _raised = [];

    IReadOnlyList<DomainEvent> IRaisesEvents.TakeEvents()
    {
        if (_raised.Count == 0)
        {
            return [];
        }

        var taken = _raised.ToArray();
        _raised.Clear();
        return taken;
    }

    protected void Raise(DomainEvent domainEvent) => _raised.Add(domainEvent);
}
