using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Ikms;

/// <summary>The body of <c>POST /api/v1/ikms</c> and <c>PUT /api/v1/ikms/{id}</c>: the IKM's whole profile.</summary>
public sealed record IkmRequest
{
    /// <summary>Nomor Induk Berusaha issued by OSS: exactly 13 digits, unique in the registry.</summary>
    public required string Nib { get; init; }

    /// <summary>Registered business name (at most 200 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Owner's name. Personal data: shown only to those allowed to see it.</summary>
    public string? OwnerName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    /// <summary>One of the 8 kecamatan of Kota Cilegon, or <c>Outside</c>.</summary>
    public required Kecamatan Kecamatan { get; init; }

    /// <summary>Number of workers (0 or more).</summary>
    public required int Workforce { get; init; }

    /// <summary>What the IKM makes or does (at most 50).</summary>
    public IReadOnlyList<CapabilityRequest> Capabilities { get; init; } = [];

    /// <summary>Certificates held (at most 50).</summary>
    public IReadOnlyList<CertificationRequest> Certifications { get; init; } = [];
}

/// <summary>One capability: a KBLI 2020 sub-class with a monthly capacity.</summary>
public sealed record CapabilityRequest
{
    /// <summary>KBLI 2020 sub-class, exactly 5 digits.</summary>
    public required string Kbli { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>How much the IKM can deliver per month, in <see cref="Unit"/>; more than 0.</summary>
    public required decimal MonthlyCapacity { get; init; }

    public required CapacityUnit Unit { get; init; }
}

/// <summary>One certificate. Without <see cref="ValidUntil"/> it does not expire.</summary>
public sealed record CertificationRequest
{
    public required CertificationType Type { get; init; }

    public string? Number { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? ValidUntil { get; init; }

    /// <summary>Local-content percentage 0–100; required for TKDN certificates, absent for the others.</summary>
    public decimal? TkdnPercent { get; init; }
}
