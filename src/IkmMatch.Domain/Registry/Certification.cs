namespace IkmMatch.Domain.Registry;

/// <summary>A certificate held by an IKM. No <see cref="ValidUntil"/> means it does not expire.</summary>
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
