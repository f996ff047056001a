namespace IkmMatch.Application.Matching.Rankings;

/// <summary>
/// The kept ranking of one open need: its counts and what it reflects. Its candidates are <see cref="NeedRankingEntry"/>
/// rows. A row whose <see cref="Model"/> is not the running one (<see cref="RankingModel"/>), or is null, is not kept:
/// the need's matches are computed on the spot, and <see cref="RequestedAt"/> asks the keeper to keep it.
/// </summary>
public sealed class NeedRanking
{
    public Guid NeedId { get; set; }

    /// <summary>What scores depended on when the ranking was computed (language version, weights); null when only requested.</summary>
    public string? Model { get; set; }

    /// <summary>The outbox position of the last change the keeper applied to this ranking.</summary>
    public long Position { get; set; }

    /// <summary>When the keeper last wrote this ranking.</summary>
    public DateTimeOffset? AsOf { get; set; }

    /// <summary>Candidates of the need, eligible or not.</summary>
    public int Total { get; set; }

    /// <summary>Candidates that meet every hard requirement.</summary>
    public int Eligible { get; set; }

    /// <summary>When matches were asked for while the ranking was not kept (the keeper keeps requested needs first).</summary>
    public DateTimeOffset? RequestedAt { get; set; }
}

/// <summary>One candidate of a kept need: its eligibility and score as the Domain scorer evaluated them, and what it lacks.</summary>
public sealed class NeedRankingEntry
{
    public Guid NeedId { get; set; }

    public Guid IkmId { get; set; }

    public bool Eligible { get; set; }

    /// <summary>The score <see cref="Domain.Matching.MatchScorer.Evaluate"/> gives (the sum of rounded points, two decimals).</summary>
    public decimal Score { get; set; }

    /// <summary>The codes of the hard requirements it does not meet (empty when eligible).</summary>
    public string[] Unmet { get; set; } = [];
}
