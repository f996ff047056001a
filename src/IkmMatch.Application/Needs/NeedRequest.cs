using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Needs;

/// <summary>The body of <c>POST /api/v1/needs</c> and <c>PUT /api/v1/needs/{id}</c>.</summary>
public sealed record NeedRequest
{
    /// <summary>The large industry that buys. It must exist and be active; a need cannot move to another industry.</summary>
    public required Guid IndustryId { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>KBLI 2020 sub-class of what is bought, exactly 5 digits.</summary>
    public required string Kbli { get; init; }

    /// <summary>Words that describe what is bought (at most 20, each at most 50 characters).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Volume per month, in <see cref="Unit"/>; more than 0.</summary>
    public required decimal MonthlyVolume { get; init; }

    public required CapacityUnit Unit { get; init; }

    /// <summary>Certificates an IKM must hold, valid on <see cref="NeededBy"/>.</summary>
    public IReadOnlyList<CertificationType> RequiredCertifications { get; init; } = [];

    /// <summary>Certificates that raise the score without being required.</summary>
    public IReadOnlyList<CertificationType> PreferredCertifications { get; init; } = [];

    /// <summary>Minimum TKDN (local content) percentage, 0–100.</summary>
    public decimal? MinTkdnPercent { get; init; }

    /// <summary>Budget in whole rupiah, 0 or more.</summary>
    public long? Budget { get; init; }

    /// <summary>When the supply must start; after today.</summary>
    public required DateOnly NeededBy { get; init; }

    /// <summary>Whether an IKM that can supply only part of the volume may take part.</summary>
    public bool AllowPartialSupply { get; init; }
}
