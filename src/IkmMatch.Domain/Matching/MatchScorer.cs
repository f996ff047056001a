using System.Globalization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// Scores one IKM against one need (DESIGN §3): pure, deterministic, no database. Eligibility is hard (required
/// certificates valid on the needed-by date, minimum TKDN, a capability of the need's KBLI division in the need's
/// unit, and, unless partial supply is allowed, capacity covering the volume, where capacity is the largest the IKM
/// states in the need's unit within the division);
/// the score 0–100 is 100 × Σ wᵢ·sᵢ / Σ wᵢ over seven criteria, each explained. Values are rounded to
/// 4 decimals and points to 2, and the score is the sum of the rounded points, so the breakdown always adds up.
/// </summary>
public sealed class MatchScorer(MatchWeights weights)
{
    /// <summary>The certificates counted when a need prefers none: the quality and safety systems an IKM can hold.</summary>
    public static readonly IReadOnlyList<CertificationType> QualityCertificates =
        [CertificationType.SNI, CertificationType.ISO9001, CertificationType.ISO14001, CertificationType.ISO45001, CertificationType.SMK3];

    /// <summary>Bayesian prior of the track record: an IKM without completed partnerships counts as rated 3 of 5, with the weight of 2 ratings.</summary>
    public const decimal PriorRating = 3m;
    public const int PriorWeight = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public MatchWeights Weights { get; } = weights;

    /// <summary>Prepares the need once, for scoring many candidates against it.</summary>
    public static PreparedNeed Prepare(NeedToMatch need) =>
        new(need, TextSimilarity.Words([need.Title, need.Description, .. need.Keywords]));

    public MatchResult Score(NeedToMatch need, CandidateToMatch candidate) => Score(Prepare(need), candidate);

    public MatchResult Score(PreparedNeed prepared, CandidateToMatch candidate)
    {
        var need = prepared.Need;
        var best = BestCapability(prepared, candidate);
        var unmet = new List<UnmetRequirement>();
        var breakdown = new List<CriterionScore>(7)
        {
            Category(need, best),
            CapabilityText(best),
            Capacity(need, candidate, best is not null, unmet),
            Certifications(need, candidate, unmet),
            Location(need, candidate),
            TrackRecordScore(candidate.TrackRecord),
            Verification(candidate),
        };

        var score = breakdown.Sum(c => c.Points);
        return new MatchResult(score, unmet.Count == 0, breakdown, unmet);
    }

    /// <summary>KBLI agreement level of two codes: the number of leading digits they share (0 when the division differs).</summary>
    public static int KbliAgreement(string needKbli, string capabilityKbli)
    {
        var shared = 0;
        while (shared < 5 && shared < needKbli.Length && shared < capabilityKbli.Length && needKbli[shared] == capabilityKbli[shared])
        {
            shared++;
        }

        return shared >= 2 ? shared : 0;
    }

    /// <summary>
    /// The capability that speaks for the IKM: the closest KBLI, then one in the need's unit, then the most similar
    /// text, then the largest capacity, then the first listed.
    /// </summary>
    private static ScoredCapability? BestCapability(PreparedNeed prepared, CandidateToMatch candidate)
    {
        ScoredCapability? best = null;
        foreach (var capability in candidate.Capabilities)
        {
            var agreement = KbliAgreement(prepared.Need.Kbli, capability.Kbli);
            if (agreement == 0)
            {
                continue;
            }

            var (similarity, shared) = TextSimilarity.Compare(prepared.Words, TextSimilarity.Words(capability.Name, capability.Description));
            var scored = new ScoredCapability(capability, agreement, capability.Unit == prepared.Need.Unit, similarity, shared);
            if (best is null || scored.IsBetterThan(best))
            {
                best = scored;
            }
        }

        return best;
    }

    private CriterionScore Category(NeedToMatch need, ScoredCapability? best)
    {
        var (value, explanation) = best?.Agreement switch
        {
            5 => (1m, $"KBLI {best.Capability.Kbli} matches {need.Kbli} exactly"),
            4 => (0.75m, $"KBLI {best.Capability.Kbli} shares the class {need.Kbli[..4]} with {need.Kbli}"),
            3 => (0.5m, $"KBLI {best.Capability.Kbli} shares the group {need.Kbli[..3]} with {need.Kbli}"),
            2 => (0.25m, $"KBLI {best.Capability.Kbli} shares only the division {need.Kbli[..2]} with {need.Kbli}"),
            _ => (0m, $"no capability in KBLI division {need.Kbli[..2]}"),
        };
        return Criterion(MatchCriteria.Category, Weights.Category, value, explanation);
    }

    private CriterionScore CapabilityText(ScoredCapability? best)
    {
        if (best is null)
        {
            return Criterion(MatchCriteria.CapabilityText, Weights.CapabilityText, 0m, "no capability to compare");
        }

        var value = Round4((decimal)best.Similarity);
        var explanation = best.Shared.Count == 0
            ? $"'{best.Capability.Name}' shares no words with the need"
            : $"'{best.Capability.Name}' shares {best.Shared.Count} word(s) with the need: {string.Join(", ", best.Shared)}";
        return Criterion(MatchCriteria.CapabilityText, Weights.CapabilityText, value, explanation);
    }

    /// <summary>
    /// The largest monthly capacity the IKM states in the need's unit, over its capabilities in the need's KBLI
    /// division; a capacity in another unit cannot be compared and counts for nothing.
    /// </summary>
    private CriterionScore Capacity(NeedToMatch need, CandidateToMatch candidate, bool inDivision, List<UnmetRequirement> unmet)
    {
        var unit = Unit(need.Unit);
        var volume = Number(need.MonthlyVolume);
        CandidateCapability? largest = null;
        CandidateCapability? otherUnit = null;
        foreach (var capability in candidate.Capabilities)
        {
            if (KbliAgreement(need.Kbli, capability.Kbli) == 0)
            {
                continue;
            }

            if (capability.Unit != need.Unit)
            {
                otherUnit ??= capability;
            }
            else if (largest is null || capability.MonthlyCapacity > largest.MonthlyCapacity)
            {
                largest = capability;
            }
        }

        if (largest is null)
        {
            // Nothing can be supplied in the need's unit, not even part of it: ineligible whether or not partial supply is allowed.
            var stated = !inDivision || otherUnit is null ? "no capability in this division" : $"capacity is stated in {Unit(otherUnit.Unit)}";
            unmet.Add(new UnmetRequirement($"unit:{unit}", $"{stated}, not in {unit}; the need asks for {volume} {unit}/month"));
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 0m, $"{stated}; the need is in {unit}");
        }

        var have = Number(largest.MonthlyCapacity);
        if (largest.MonthlyCapacity >= need.MonthlyVolume)
        {
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 1m, $"capacity {have} {unit}/month covers the {volume} needed");
        }

        var value = Round4(largest.MonthlyCapacity / need.MonthlyVolume);
        if (!need.AllowPartialSupply)
        {
            unmet.Add(new UnmetRequirement($"capacity:{have}<{volume} {unit}", $"capacity {have} {unit}/month is below the {volume} needed, and the need allows no partial supply"));
        }

        return Criterion(
            MatchCriteria.Capacity,
            Weights.Capacity,
            value,
            $"capacity {have} {unit}/month covers {Number(value * 100m)}% of the {volume} needed{(need.AllowPartialSupply ? " (partial supply allowed)" : string.Empty)}");
    }

    private CriterionScore Certifications(NeedToMatch need, CandidateToMatch candidate, List<UnmetRequirement> unmet)
    {
        var on = need.NeededBy.ToString("yyyy-MM-dd", Invariant);
        foreach (var required in need.RequiredCertifications)
        {
            if (!HoldsValid(candidate, required, need.NeededBy))
            {
                var expired = candidate.Certifications.Where(c => c.Type == required && c.ValidUntil is not null).Max(c => c.ValidUntil);
                var detail = expired is null
                    ? $"no valid {required} on {on}"
                    : $"{required} expires {expired.Value.ToString("yyyy-MM-dd", Invariant)}, before the needed-by date {on}";
                unmet.Add(new UnmetRequirement($"certification:{required}", detail));
            }
        }

        if (need.MinTkdnPercent is { } minimum)
        {
            var have = candidate.Certifications
                .Where(c => c.Type == CertificationType.TKDN && c.IsValidOn(need.NeededBy))
                .Select(c => c.TkdnPercent ?? 0m)
                .DefaultIfEmpty(0m)
                .Max();
            if (have < minimum)
            {
                unmet.Add(new UnmetRequirement(
                    $"tkdn:{Number(have)}<{Number(minimum)}",
                    have == 0m
                        ? $"no valid TKDN certificate on {on}; the need asks for at least {Number(minimum)}%"
                        : $"TKDN {Number(have)}% is below the {Number(minimum)}% the need asks for"));
            }
        }

        var counted = need.PreferredCertifications.Count > 0 ? need.PreferredCertifications : QualityCertificates;
        var held = counted.Where(type => HoldsValid(candidate, type, need.NeededBy)).ToList();
        var value = Round4((decimal)held.Count / counted.Count);
        var what = need.PreferredCertifications.Count > 0 ? "preferred certificate(s)" : "quality certificate(s) (none preferred)";
        var explanation = held.Count == 0
            ? $"holds none of the {counted.Count} {what} valid on {on}"
            : $"holds {held.Count} of {counted.Count} {what} valid on {on}: {string.Join(", ", held)}";
        return Criterion(MatchCriteria.Certifications, Weights.Certifications, value, explanation);
    }

    private CriterionScore Location(NeedToMatch need, CandidateToMatch candidate)
    {
        var (value, explanation) = candidate.Kecamatan switch
        {
            var k when k == need.IndustryKecamatan && k != Kecamatan.Outside => (1m, $"in {k}, the industry's own kecamatan"),
            Kecamatan.Outside => (0.3m, "outside Kota Cilegon"),
            var k => (0.7m, $"in {k}, elsewhere in Cilegon (the industry is in {need.IndustryKecamatan})"),
        };
        return Criterion(MatchCriteria.Location, Weights.Location, value, explanation);
    }

    private CriterionScore TrackRecordScore(TrackRecord record)
    {
        var average = ((PriorRating * PriorWeight) + record.RatingSum) / (PriorWeight + record.CompletedCount);
        var value = Round4((average - 1m) / 4m);
        var explanation = record.CompletedCount == 0
            ? $"no completed partnerships yet: neutral {Number(PriorRating)} of 5"
            : $"{record.CompletedCount} completed partnership(s) rated {Number(Round2((decimal)record.RatingSum / record.CompletedCount))} on average; {Number(Round2(average))} of 5 with the neutral prior";
        return Criterion(MatchCriteria.TrackRecord, Weights.TrackRecord, value, explanation);
    }

    private CriterionScore Verification(CandidateToMatch candidate) =>
        candidate.Verified
            ? Criterion(MatchCriteria.Verification, Weights.Verification, 1m, "verified by Disperindag")
            : Criterion(MatchCriteria.Verification, Weights.Verification, 0m, "not yet verified by Disperindag");

    private CriterionScore Criterion(string name, decimal weight, decimal value, string explanation)
    {
        var points = Round2(100m * weight * value / Weights.Total);
        return new CriterionScore(name, weight, value, points, explanation);
    }

    private static bool HoldsValid(CandidateToMatch candidate, CertificationType type, DateOnly on)
    {
        foreach (var certification in candidate.Certifications)
        {
            if (certification.Type == type && certification.IsValidOn(on))
            {
                return true;
            }
        }

        return false;
    }

    private static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Number(decimal value) => value.ToString("0.##", Invariant);

    private static string Unit(CapacityUnit unit) => unit.ToString().ToLowerInvariant();

    private sealed record ScoredCapability(CandidateCapability Capability, int Agreement, bool SameUnit, double Similarity, IReadOnlyList<string> Shared)
    {
        public bool IsBetterThan(ScoredCapability other)
        {
            if (Agreement != other.Agreement)
            {
                return Agreement > other.Agreement;
            }

            if (SameUnit != other.SameUnit)
            {
                return SameUnit;
            }

            if (Similarity != other.Similarity)
            {
                return Similarity > other.Similarity;
            }

            return Capability.MonthlyCapacity > other.Capability.MonthlyCapacity;
        }
    }
}

/// <summary>A need with its words computed once, for scoring many candidates.</summary>
public sealed record PreparedNeed(NeedToMatch Need, SortedSet<string> Words);
