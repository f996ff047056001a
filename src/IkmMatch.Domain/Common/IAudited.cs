namespace IkmMatch.Domain.Common;

/// <summary>
/// A record that keeps who created it and who changed it last: an API key's name or a token's subject, never a
/// secret. The unit of work stamps them as it saves, from the caller of the request.
/// </summary>
public interface IAudited
{
    string CreatedBy { get; }

    string UpdatedBy { get; }

    /// <summary>Records <paramref name="actor"/> as the one who changed the record, and created it when <paramref name="created"/>.</summary>
    void RecordActor(string actor, bool created);
}
