namespace IkmMatch.Domain.Common;

/// <summary>
/// A record that belongs to an IKM and/or an industry: who may change it follows from whom it belongs to, and its
/// <see cref="Version"/> is the token behind ETags and If-Match.
/// </summary>
public interface IOwnedRecord
{
    Guid Id { get; }

    int Version { get; }

    /// <summary>The IKM the record belongs to (the IKM itself, a partnership's IKM), if any.</summary>
    Guid? OwnerIkmId { get; }

    /// <summary>The industry the record belongs to (the industry itself, a need's buyer, a partnership's buyer), if any.</summary>
    Guid? OwnerIndustryId { get; }
}
