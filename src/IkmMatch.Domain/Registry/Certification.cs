namespace IkmMatch.Domain.Registry;

/// <summary>
/// A certificate held by an IKM. No <see cref="ValidUntil"/> means it does not expire. Until Disperindag has seen it
/// (<see cref="Verified"/>) it is the IKM's claim.
/// </summary>
public sealed class Certification
{
    private Certification()
    {
    }

    internal Certification(Guid ikmId, int ordinal, CertificationData data)
    {
        Id = Guid.CreateVersion7();
        IkmId = ikmId;
        Ordinal = ordinal;
        Type = data.Type;
        Number = data.Number;
        Issuer = data.Issuer;
        ValidUntil = data.ValidUntil;
        TkdnPercent = data.TkdnPercent;
    }

    public Guid Id { get; private set; }

    public Guid IkmId { get; private set; }

    public int Ordinal { get; private set; }

    public CertificationType Type { get; private set; }

    public string? Number { get; private set; }

    public string? Issuer { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Local-content percentage (0–100), for TKDN certificates.</summary>
    public decimal? TkdnPercent { get; private set; }

    /// <summary>Disperindag has seen the certificate; false while it is only the IKM's claim.</summary>
    public bool Verified { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Who verified it (a key's name or a token's subject).</summary>
    public string? VerifiedBy { get; private set; }

    /// <summary>The values as the client stated them, to tell an unchanged certificate from a changed one.</summary>
    public CertificationData Data => new(Type, Number, Issuer, ValidUntil, TkdnPercent);

    internal void MarkVerified(DateTimeOffset at, string by)
    {
        Verified = true;
        VerifiedAt = at;
        VerifiedBy = by;
    }

    /// <summary>True when the certificate is still valid on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => ValidUntil is null || ValidUntil.Value >= date;
}

/// <summary>The values of one certificate as a client states them.</summary>
public sealed record CertificationData(
    CertificationType Type,
    string? Number,
    string? Issuer,
    DateOnly? ValidUntil,
    decimal? TkdnPercent);
