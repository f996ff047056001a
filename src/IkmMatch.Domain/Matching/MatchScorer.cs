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
        var facts = Measure(prepared, candidate);
        var unmet = new List<UnmetRequirement>();
        var breakdown = new List<CriterionScore>(7)
        {
            Category(need, facts),
            CapabilityText(prepared, facts),
            Capacity(need, facts, unmet),
            Certifications(need, candidate, facts, unmet),
            Location(need, candidate),
            TrackRecordScore(candidate.TrackRecord),
            Verification(candidate),
        };

        var score = 0m;
        foreach (var criterion in breakdown)
        {
            score += criterion.Points;
        }

        return new MatchResult(score, unmet.Count == 0, breakdown, unmet);
    }

    /// <summary>
    /// The score and eligibility <see cref="Score(PreparedNeed, CandidateToMatch)"/> gives, from the same figures, without
    /// its breakdown and explanations: nothing is allocated, so a match can rank a whole division and explain only the
    /// candidates it returns.
    /// </summary>
    public MatchValue Evaluate(PreparedNeed prepared, CandidateToMatch candidate)
    {
        var facts = Measure(prepared, candidate);
        var score = Points(Weights.Category, CategoryValue(facts.Agreement))
            + Points(Weights.CapabilityText, TextValue(facts))
            + Points(Weights.Capacity, CapacityValue(prepared.Need, facts))
            + Points(Weights.Certifications, facts.CertificationsValue)
            + Points(Weights.Location, LocationValue(prepared.Need, candidate))
            + Points(Weights.TrackRecord, TrackRecordValue(candidate.TrackRecord))
            + Points(Weights.Verification, candidate.Verified ? 1m : 0m);
        return new MatchValue(score, facts.Eligible);
    }

    /// <summary>
    /// Everything the criteria are computed from, found in one pass over the candidate's capabilities and certificates:
    /// the capability that speaks for the IKM, its largest capacity in the need's unit, and the certificates it holds.
    /// </summary>
    private static Facts Measure(PreparedNeed prepared, CandidateToMatch candidate)
    {
        var need = prepared.Need;
        var facts = default(Facts);

        // The capability that speaks for the IKM: the closest KBLI, then one in the need's unit, then the most similar
        // text, then the largest capacity, then the first listed.
        var capabilities = candidate.Capabilities;
        for (var index = 0; index < capabilities.Count; index++)
        {
            var capability = capabilities[index];
            var agreement = KbliAgreement(need.Kbli, capability.Kbli);
            if (agreement == 0)
            {
                continue;
            }

            if (capability.Unit != need.Unit)
            {
                facts.OtherUnit ??= capability;
            }
            else if (facts.Largest is null || capability.MonthlyCapacity > facts.Largest.MonthlyCapacity)
            {
                facts.Largest = capability;
            }

            var sameUnit = capability.Unit == need.Unit;
            if (facts.Best is not null)
            {
                if (agreement < facts.Agreement || (agreement == facts.Agreement && !sameUnit && facts.SameUnit))
                {
                    continue;
                }

                if (agreement == facts.Agreement && sameUnit == facts.SameUnit)
                {
                    var similarity = TextSimilarity.Similarity(prepared.Lookup, capability.Name, capability.Description);
                    if (similarity < facts.Similarity
                        || (similarity == facts.Similarity && capability.MonthlyCapacity <= facts.Best.MonthlyCapacity))
                    {
                        continue;
                    }

                    facts.Best = capability;
                    facts.Similarity = similarity;
                    continue;
                }
            }

            facts.Best = capability;
            facts.Agreement = agreement;
            facts.SameUnit = sameUnit;
            facts.Similarity = TextSimilarity.Similarity(prepared.Lookup, capability.Name, capability.Description);
        }

        var eligible = facts.Largest is not null && (facts.Largest.MonthlyCapacity >= need.MonthlyVolume || need.AllowPartialSupply);
        // Indexed loops: a foreach over an IReadOnlyList allocates its enumerator.
        var requiredCertifications = need.RequiredCertifications;
        for (var i = 0; i < requiredCertifications.Count; i++)
        {
            eligible &= HoldsValid(candidate, requiredCertifications[i], need.NeededBy);
        }

        if (need.MinTkdnPercent is { } minimum)
        {
            eligible &= TkdnHeld(candidate, need.NeededBy) >= minimum;
        }

        var counted = Counted(need);
        var held = 0;
        for (var i = 0; i < counted.Count; i++)
        {
            if (HoldsValid(candidate, counted[i], need.NeededBy))
            {
                held++;
            }
        }

        facts.CertificationsValue = Round4((decimal)held / counted.Count);
        facts.Eligible = eligible;
        return facts;
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

    private static decimal CategoryValue(int agreement) => agreement switch
    {
        5 => 1m,
        4 => 0.75m,
        3 => 0.5m,
        2 => 0.25m,
        _ => 0m,
    };

    private static decimal TextValue(Facts facts) => facts.Best is null ? 0m : Round4((decimal)facts.Similarity);

    private static decimal CapacityValue(NeedToMatch need, Facts facts) =>
        facts.Largest is null ? 0m
        : facts.Largest.MonthlyCapacity >= need.MonthlyVolume ? 1m
        : Round4(facts.Largest.MonthlyCapacity / need.MonthlyVolume);

    private static decimal LocationValue(NeedToMatch need, CandidateToMatch candidate) => candidate.Kecamatan switch
    {
        var k when k == need.IndustryKecamatan && k != Kecamatan.Outside => 1m,
        Kecamatan.Outside => 0.3m,
        _ => 0.7m,
    };

    private static decimal TrackRecordAverage(TrackRecord record) =>
        ((PriorRating * PriorWeight) + record.RatingSum) / (PriorWeight + record.CompletedCount);

    private static decimal TrackRecordValue(TrackRecord record) => Round4((TrackRecordAverage(record) - 1m) / 4m);

    private static IReadOnlyList<CertificationType> Counted(NeedToMatch need) =>
        need.PreferredCertifications.Count > 0 ? need.PreferredCertifications : QualityCertificates;

    private static decimal TkdnHeld(CandidateToMatch candidate, DateOnly on)
    {
        var have = 0m;
        var certifications = candidate.Certifications;
        for (var i = 0; i < certifications.Count; i++)
        {
            var certification = certifications[i];
            if (certification.Type == CertificationType.TKDN && certification.IsValidOn(on))
            {
                have = Math.Max(have, certification.TkdnPercent ?? 0m);
            }
        }

        return have;
    }

    private CriterionScore Category(NeedToMatch need, Facts facts)
    {
        var value = CategoryValue(facts.Agreement);
        var explanation = facts.Best is null
            ? $"no capability in KBLI division {need.Kbli[..2]}"
            : facts.Agreement switch
            {
                5 => $"KBLI {facts.Best.Kbli} matches {need.Kbli} exactly",
                4 => $"KBLI {facts.Best.Kbli} shares the class {need.Kbli[..4]} with {need.Kbli}",
                3 => $"KBLI {facts.Best.Kbli} shares the group {need.Kbli[..3]} with {need.Kbli}",
                _ => $"KBLI {facts.Best.Kbli} shares only the division {need.Kbli[..2]} with {need.Kbli}",
            };
        return Criterion(MatchCriteria.Category, Weights.Category, value, explanation);
    }

    private CriterionScore CapabilityText(PreparedNeed prepared, Facts facts)
    {
        if (facts.Best is null)
        {
            return Criterion(MatchCriteria.CapabilityText, Weights.CapabilityText, 0m, "no capability to compare");
        }

        // The words are only needed to name them: the value is the one the ranking used.
        var (_, shared) = TextSimilarity.Compare(prepared.Words, TextSimilarity.Words(facts.Best.Name, facts.Best.Description));
        var explanation = shared.Count == 0
            ? $"'{facts.Best.Name}' shares no words with the need"
            : $"'{facts.Best.Name}' shares {shared.Count} word(s) with the need: {string.Join(", ", shared)}";
        return Criterion(MatchCriteria.CapabilityText, Weights.CapabilityText, TextValue(facts), explanation);
    }

    /// <summary>
    /// The largest monthly capacity the IKM states in the need's unit, over its capabilities in the need's KBLI
    /// division; a capacity in another unit cannot be compared and counts for nothing.
    /// </summary>
    private CriterionScore Capacity(NeedToMatch need, Facts facts, List<UnmetRequirement> unmet)
    {
        var unit = Unit(need.Unit);
        var volume = Number(need.MonthlyVolume);
        var largest = facts.Largest;
        if (largest is null)
        {
            // Nothing can be supplied in the need's unit, not even part of it: ineligible whether or not partial supply is allowed.
            var stated = facts.Best is null || facts.OtherUnit is null ? "no capability in this division" : $"capacity is stated in {Unit(facts.OtherUnit.Unit)}";
            unmet.Add(new UnmetRequirement($"unit:{unit}", $"{stated}, not in {unit}; the need asks for {volume} {unit}/month"));
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 0m, $"{stated}; the need is in {unit}");
        }

        var have = Number(largest.MonthlyCapacity);
        if (largest.MonthlyCapacity >= need.MonthlyVolume)
        {
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 1m, $"capacity {have} {unit}/month covers the {volume} needed");
        }

        var value = CapacityValue(need, facts);
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

    private CriterionScore Certifications(NeedToMatch need, CandidateToMatch candidate, Facts facts, List<UnmetRequirement> unmet)
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
            var have = TkdnHeld(candidate, need.NeededBy);
            if (have < minimum)
            {
                unmet.Add(new UnmetRequirement(
                    $"tkdn:{Number(have)}<{Number(minimum)}",
                    have == 0m
                        ? $"no valid TKDN certificate on {on}; the need asks for at least {Number(minimum)}%"
                        : $"TKDN {Number(have)}% is below the {Number(minimum)}% the need asks for"));
            }
        }

        var counted = Counted(need);
        var held = counted.Where(type => HoldsValid(candidate, type, need.NeededBy)).ToList();
        var what = need.PreferredCertifications.Count > 0 ? "preferred certificate(s)" : "quality certificate(s) (none preferred)";
        var explanation = held.Count == 0
            ? $"holds none of the {counted.Count} {what} valid on {on}"
            : $"holds {held.Count} of {counted.Count} {what} valid on {on}: {string.Join(", ", held)}";
        return Criterion(MatchCriteria.Certifications, Weights.Certifications, facts.CertificationsValue, explanation);
    }

    private CriterionScore Location(NeedToMatch need, CandidateToMatch candidate)
    {
        var value = LocationValue(need, candidate);
        var explanation = value switch
        {
            1m => $"in {candidate.Kecamatan}, the industry's own kecamatan",
            0.3m => "outside Kota Cilegon",
            _ => $"in {candidate.Kecamatan}, elsewhere in Cilegon (the industry is in {need.IndustryKecamatan})",
        };
        return Criterion(MatchCriteria.Location, Weights.Location, value, explanation);
    }

    private CriterionScore TrackRecordScore(TrackRecord record)
    {
        var average = TrackRecordAverage(record);
        var explanation = record.CompletedCount == 0
            ? $"no completed partnerships yet: neutral {Number(PriorRating)} of 5"
            : $"{record.CompletedCount} completed partnership(s) rated {Number(Round2((decimal)record.RatingSum / record.CompletedCount))} on average; {Number(Round2(average))} of 5 with the neutral prior";
        return Criterion(MatchCriteria.TrackRecord, Weights.TrackRecord, TrackRecordValue(record), explanation);
    }

    private CriterionScore Verification(CandidateToMatch candidate) =>
        candidate.Verified
            ? Criterion(MatchCriteria.Verification, Weights.Verification, 1m, "verified by Disperindag")
            : Criterion(MatchCriteria.Verification, Weights.Verification, 0m, "not yet verified by Disperindag");

    private CriterionScore Criterion(string name, decimal weight, decimal value, string explanation) =>
        new(name, weight, value, Points(weight, value), explanation);

    /// <summary>The points a criterion adds to the 0–100 score, rounded to 2 decimals.</summary>
    private decimal Points(decimal weight, decimal value) => Round2(100m * weight * value / Weights.Total);

    private static bool HoldsValid(CandidateToMatch candidate, CertificationType type, DateOnly on)
    {
        var certifications = candidate.Certifications;
        for (var i = 0; i < certifications.Count; i++)
        {
            var certification = certifications[i];
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

    /// <summary>What the criteria of one candidate are computed from (<see cref="Measure"/>).</summary>
    private struct Facts
    {
        /// <summary>The capability that speaks for the IKM, null when none is in the need's KBLI division.</summary>
        public CandidateCapability? Best;
        public int Agreement;
        public bool SameUnit;
        public double Similarity;

        /// <summary>The largest capacity in the need's unit, within the division; null when there is none.</summary>
        public CandidateCapability? Largest;

        /// <summary>The first capability of the division stated in another unit.</summary>
        public CandidateCapability? OtherUnit;

        public decimal CertificationsValue;
        public bool Eligible;
    }
}

/// <summary>A need with its words computed once, for scoring many candidates.</summary>
public sealed record PreparedNeed(NeedToMatch Need, SortedSet<string> Words)
{
    /// <summary>The same words, for comparing capabilities without allocating.</summary>
    public NeedWords Lookup { get; } = new(Words);
}

/// <summary>The score of one IKM for one need and whether it is eligible, without the breakdown (<see cref="MatchScorer.Evaluate"/>).</summary>
public readonly record struct MatchValue(decimal Score, bool Eligible);
