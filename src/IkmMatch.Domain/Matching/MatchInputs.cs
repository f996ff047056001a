using IkmMatch.Domain.Matching.Language;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Matching;

/// <summary>What the scorer needs to know about a procurement need.</summary>
public sealed record NeedToMatch(
    string Kbli,
    string Title,
    string? Description,
    IReadOnlyList<string> Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    IReadOnlyList<CertificationType> RequiredCertifications,
    IReadOnlyList<CertificationType> PreferredCertifications,
    decimal? MinTkdnPercent,
    DateOnly NeededBy,
    bool AllowPartialSupply,
    Kecamatan IndustryKecamatan);

/// <summary>What the scorer needs to know about one IKM.</summary>
public sealed record CandidateToMatch(
    Guid IkmId,
    Kecamatan Kecamatan,
    bool Verified,
    IReadOnlyList<CandidateCapability> Capabilities,
    IReadOnlyList<CandidateCertification> Certifications,
    TrackRecord TrackRecord)
{
    /// <summary>
    /// The same IKM as it would be holding <paramref name="types"/> too — each valid with no expiry, not yet verified — for
    /// asking what a certificate would unlock: evaluate both with the scorer and compare.
    /// </summary>
    public CandidateToMatch Holding(IEnumerable<CertificationType> types) =>
        this with { Certifications = [.. Certifications, .. types.Select(t => new CandidateCertification(t, null, null, Verified: false))] };

    /// <summary>
    /// The same IKM with its capabilities' terms numbered by <paramref name="vocabulary"/>: weighed against needs numbered by
    /// the same (<see cref="NeedTerms.ForNumbers(Func{string, string}, TermIds)"/>) without hashing strings, to the same figures.
    /// </summary>
    public CandidateToMatch WithTermIds(TermIds vocabulary) => this with
    {
        Capabilities = [.. Capabilities.Select(c => c with
        {
            TermIds = new CapabilityTermIds(
                vocabulary,
                [.. c.Terms.Select(vocabulary.Find)],
                [.. c.Terms.Select(t => Relevance.Contains(c.NameTerms, t))]),
        })],
    };

    /// <summary>The same IKM without its certificates of <paramref name="types"/>: how it stood before it obtained them.</summary>
    public CandidateToMatch Without(IEnumerable<CertificationType> types)
    {
        var removed = types.ToHashSet();
        return this with { Certifications = [.. Certifications.Where(c => !removed.Contains(c.Type))] };
    }
}

/// <summary>
/// One capability of an IKM, with the terms of its name and of its name and description together
/// (<see cref="ProcurementLanguage.Terms"/>, sorted): stored with the capability and read back with it, or analysed here.
/// </summary>
public sealed record CandidateCapability(
    string Kbli,
    string Name,
    string? Description,
    decimal MonthlyCapacity,
    CapacityUnit Unit,
    IReadOnlyList<string> NameTerms,
    IReadOnlyList<string> Terms)
{
    /// <summary>A capability whose terms are analysed from its text by <see cref="ProcurementLanguage.Default"/>.</summary>
    public CandidateCapability(string kbli, string name, string? description, decimal monthlyCapacity, CapacityUnit unit)
        : this(kbli, name, description, monthlyCapacity, unit, ProcurementLanguage.Default.Terms(name), ProcurementLanguage.Default.Terms(name, description))
    {
    }

    /// <summary>The terms by number (<see cref="CandidateToMatch.WithTermIds"/>), or null.</summary>
    public CapabilityTermIds? TermIds { get; init; }
}

/// <summary>A certificate as the scorer sees it; <paramref name="Verified"/> false: the IKM's claim, not yet seen by Disperindag.</summary>
public sealed record CandidateCertification(CertificationType Type, DateOnly? ValidUntil, decimal? TkdnPercent, bool Verified = true)
{
    public bool IsValidOn(DateOnly date) => ValidUntil is null || ValidUntil.Value >= date;
}

/// <summary>Completed partnerships of an IKM: how many, and the sum of their ratings (1–5 each).</summary>
public readonly record struct TrackRecord(int CompletedCount, int RatingSum)
{
    public static TrackRecord None => default;
}
