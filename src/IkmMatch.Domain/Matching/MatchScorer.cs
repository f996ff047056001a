using System.Globalization;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching.Language;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// Scores one IKM against one need (DESIGN §3), relevance first: pure, deterministic, no database, and the only
/// definition of relevance, eligibility and every criterion.
/// <list type="number">
/// <item><b>Relevance</b> r (<see cref="Matching.Relevance"/>) of the IKM's best capability decides whether it does the job.</item>
/// <item><b>Fit</b>: capacity, certifications, location, track record and verification, each counted in proportion to r,
/// so an IKM that does not do the job earns (almost) nothing for being verified, near, certified, large or well rated.</item>
/// <item><b>Score</b> 0–100 = Σ points; relevance earns 100 × w ÷ Σw × r, each fit criterion 100 × w ÷ Σw × value × r.
/// Values are rounded to 4 decimals and points to 2, and the score is the sum of the rounded points, so the breakdown
/// always adds up.</item>
/// <item><b>Eligibility</b> is hard: every required certificate valid on the needed-by date, the minimum TKDN, and a
/// capacity in the need's unit (or one of its dimension, converted) among the capabilities that do the job — covering the
/// volume unless partial supply is allowed.</item>
/// </list>
/// The capabilities that "do the job" are those whose relevance is at least half the best's (when the IKM's text says
/// anything about the job), else those of the need's KBLI division.
/// </summary>
public sealed class MatchScorer(MatchWeights weights, ProcurementLanguage language)
{
    /// <summary>The certificates counted when a need prefers none: the quality and safety systems an IKM can hold.</summary>
    public static readonly IReadOnlyList<CertificationType> QualityCertificates =
        [CertificationType.SNI, CertificationType.ISO9001, CertificationType.ISO14001, CertificationType.ISO45001, CertificationType.SMK3, CertificationType.CSMS];

    /// <summary>Bayesian prior of the track record: an IKM without completed partnerships counts as rated 3 of 5, with the weight of 2 ratings.</summary>
    public const decimal PriorRating = 3m;
    public const int PriorWeight = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Capabilities up to which <see cref="Measure"/> remembers each one's relevance on the stack between its two passes.</summary>
    private const int RememberedRelevances = 32;

    /// <summary>An empty part of a sentence (no conversion to mention, no note to add).</summary>
    private static readonly Text NoText = Text.Literal(string.Empty);

    public MatchScorer(MatchWeights weights)
        : this(weights, ProcurementLanguage.Default)
    {
    }

    public MatchWeights Weights { get; } = weights;

    public ProcurementLanguage Language { get; } = language;

    /// <summary>Prepares the need once, for scoring many candidates against it.</summary>
    public PreparedNeed Prepare(NeedToMatch need) => new(need, new NeedTerms(need, Language));

    public MatchResult Score(NeedToMatch need, CandidateToMatch candidate) => Score(Prepare(need), candidate);

    public MatchResult Score(PreparedNeed prepared, CandidateToMatch candidate)
    {
        if (!prepared.Terms.Explainable)
        {
            throw new InvalidOperationException("A need prepared for numbers only (PreparedNeed.ForNumbers) cannot be explained: prepare it from the need.");
        }

        var need = prepared.Need;
        var facts = Measure(prepared, candidate);
        var unmet = new List<UnmetRequirement>();
        var breakdown = new List<CriterionScore>(6)
        {
            RelevanceScore(prepared, facts),
            Capacity(need, facts, unmet),
            Certifications(need, candidate, facts, unmet),
            Location(need, candidate, facts),
            TrackRecordScore(candidate.TrackRecord, facts),
            Verification(candidate, facts),
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
    /// its breakdown and explanations (nothing is allocated), and whether the IKM is a candidate for the need at all
    /// (<see cref="IsCandidate"/>).
    /// </summary>
    public MatchValue Evaluate(PreparedNeed prepared, CandidateToMatch candidate)
    {
        var facts = Measure(prepared, candidate);
        var r = facts.Relevance;
        var score = Points(Weights.Relevance, 1m, r)
            + Points(Weights.Capacity, CapacityValue(prepared.Need, facts), r)
            + Points(Weights.Certifications, facts.CertificationsValue, r)
            + Points(Weights.Location, LocationValue(prepared.Need, candidate), r)
            + Points(Weights.TrackRecord, TrackRecordValue(candidate.TrackRecord), r)
            + Points(Weights.Verification, candidate.Verified ? 1m : 0m, r);
        return new MatchValue(score, facts.Eligible, facts.InDivision || facts.AboutTheJob);
    }

    /// <summary>
    /// Whether the IKM takes part in the need's match: it has a capability in the need's KBLI division, or one whose text
    /// is clearly about the job whatever its KBLI: a text figure of at least <see cref="Relevance.CandidateText"/> with a
    /// term of the need's title or keywords shared (the terms the index retrieves such IKM by).
    /// </summary>
    public bool IsCandidate(PreparedNeed prepared, CandidateToMatch candidate) => Evaluate(prepared, candidate).Candidate;

    /// <summary>
    /// Everything the criteria are computed from, in one pass over the candidate's capabilities and certificates: the
    /// capability that speaks for the IKM (the most relevant, then the closest KBLI, then one in the need's unit, then the
    /// largest capacity, then the first listed), the capacity of the capabilities that do the job, and the certificates held.
    /// </summary>
    private static Facts Measure(PreparedNeed prepared, CandidateToMatch candidate)
    {
        var need = prepared.Need;
        var facts = default(Facts);
        var capabilities = candidate.Capabilities;
        var division = need.Kbli.AsSpan(0, 2);
        // Each capability's relevance, remembered for the second pass (a profile of many capabilities computes it again).
        Span<decimal> relevances = capabilities.Count <= RememberedRelevances ? stackalloc decimal[capabilities.Count] : default;

        // The best relevance first: the capabilities that do the job are judged against it.
        for (var index = 0; index < capabilities.Count; index++)
        {
            var capability = capabilities[index];
            var agreement = Relevance.KbliAgreement(need.Kbli, capability.Kbli);
            facts.InDivision |= capability.Kbli.AsSpan().StartsWith(division, StringComparison.Ordinal);
            var text = Relevance.Text(prepared.Terms, capability, out var sharesTitleTerm);
            var relevance = Relevance.Of(text, agreement);
            if (!relevances.IsEmpty)
            {
                relevances[index] = relevance;
            }

            facts.BestText = Math.Max(facts.BestText, text);
            facts.AboutTheJob |= sharesTitleTerm && text >= Relevance.CandidateText;
            if (facts.Best is not null && !Better(relevance, agreement, capability, facts, need))
            {
                continue;
            }

            facts.Best = capability;
            facts.Relevance = relevance;
            facts.Text = text;
            facts.Agreement = agreement;
        }

        // The capacity of the capabilities that do the job, in the need's unit (converted within its dimension).
        for (var index = 0; index < capabilities.Count; index++)
        {
            var capability = capabilities[index];
            if (!DoesTheJob(prepared, capability, facts, relevances.IsEmpty ? null : relevances[index]))
            {
                continue;
            }

            var converted = CapacityUnits.Convert(capability.MonthlyCapacity, capability.Unit, need.Unit);
            if (converted is null)
            {
                facts.OtherUnit ??= capability;
            }
            else if (facts.Capacity is null || converted > facts.Capacity)
            {
                facts.Capacity = converted;
                facts.CapacitySource = capability;
            }
        }

        var eligible = facts.Capacity is { } capacity && (capacity >= need.MonthlyVolume || need.AllowPartialSupply);
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

    private static bool Better(decimal relevance, int agreement, CandidateCapability capability, Facts facts, NeedToMatch need)
    {
        if (relevance != facts.Relevance)
        {
            return relevance > facts.Relevance;
        }

        if (agreement != facts.Agreement)
        {
            return agreement > facts.Agreement;
        }

        var sameUnit = capability.Unit == need.Unit;
        var bestSameUnit = facts.Best!.Unit == need.Unit;
        if (sameUnit != bestSameUnit)
        {
            return sameUnit;
        }

        return capability.MonthlyCapacity > facts.Best.MonthlyCapacity;
    }

    /// <summary>A capability does the job when its relevance is at least half the best's; without any text about the job, when it is of the need's KBLI division.</summary>
    private static bool DoesTheJob(PreparedNeed prepared, CandidateCapability capability, Facts facts, decimal? relevance)
    {
        if (facts.BestText == 0m)
        {
            return Relevance.KbliAgreement(prepared.Need.Kbli, capability.Kbli) > 0;
        }

        relevance ??= Relevance.Of(Relevance.Text(prepared.Terms, capability), Relevance.KbliAgreement(prepared.Need.Kbli, capability.Kbli));
        return relevance * 2 >= facts.Relevance;
    }

    private static decimal CapacityValue(NeedToMatch need, Facts facts) =>
        facts.Capacity is not { } capacity ? 0m
        : capacity >= need.MonthlyVolume ? 1m
        : Round4(capacity / need.MonthlyVolume);

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

    private CriterionScore RelevanceScore(PreparedNeed prepared, Facts facts)
    {
        var need = prepared.Need;
        if (facts.Best is null)
        {
            return Criterion(MatchCriteria.Relevance, Weights.Relevance, 0m, 1m, new Text("match.relevance.noCapability"));
        }

        var best = facts.Best;
        var kbli = facts.Agreement switch
        {
            5 => new Text("match.kbli.exact", best.Kbli, need.Kbli),
            4 => new Text("match.kbli.class", best.Kbli, need.Kbli[..4], need.Kbli),
            3 => new Text("match.kbli.group", best.Kbli, need.Kbli[..3], need.Kbli),
            2 => new Text("match.kbli.division", best.Kbli, need.Kbli[..2], need.Kbli),
            _ => new Text("match.kbli.outside", best.Kbli, need.Kbli[..2]),
        };

        var shared = SharedTerms(prepared.Terms, best);
        var text = shared.Count == 0
            ? new Text("match.terms.none", best.Name)
            : new Text("match.terms.shared", best.Name, shared.Count, string.Join(", ", shared));
        var verdict = facts.Relevance switch
        {
            >= 0.6m => new Text("match.verdict.doesTheJob"),
            >= 0.3m => new Text("match.verdict.partOfTheJob"),
            >= 0.1m => new Text("match.verdict.looselyRelated"),
            _ => new Text("match.verdict.notTheJob"),
        };
        var explanation = new Text("match.relevance", text, facts.Text, kbli, facts.Relevance, verdict);
        return Criterion(MatchCriteria.Relevance, Weights.Relevance, facts.Relevance, 1m, explanation);
    }

    /// <summary>The need's terms found in the capability, as written on each side ("pengelasan ~ las" where a root or synonym made the match), title terms first.</summary>
    private List<string> SharedTerms(NeedTerms need, CandidateCapability capability)
    {
        var capabilityTerms = new Dictionary<string, AnalyzedTerm>(StringComparer.Ordinal);
        foreach (var term in Language.Analyze(capability.Name).Concat(Language.Analyze(capability.Description)))
        {
            capabilityTerms.TryAdd(term.Key, term);
        }

        var shared = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in need.TitleTerms.Concat(need.DescriptionTerms))
        {
            if (!keys.Add(term.Key) || !capabilityTerms.TryGetValue(term.Key, out var theirs))
            {
                continue;
            }

            var named = term.Surface == theirs.Surface ? term.Surface : $"{term.Surface} ~ {theirs.Surface}";
            if (!shared.Contains(named))
            {
                // The words of a multi-word term come with the same words as the term itself: named once.
                shared.Add(named);
            }
        }

        return shared;
    }

    /// <summary>
    /// The largest monthly capacity, in the need's unit, of the capabilities that do the job; a capacity in another
    /// unit of the same dimension is converted (kg ↔ ton, litre ↔ m³, pcs ↔ dozen), one of another dimension counts for nothing.
    /// </summary>
    private CriterionScore Capacity(NeedToMatch need, Facts facts, List<UnmetRequirement> unmet)
    {
        var unit = Unit(need.Unit);
        if (facts.Capacity is not { } capacity)
        {
            // Nothing can be supplied in the need's unit, not even part of it: ineligible whether or not partial supply is allowed.
            var stated = facts.OtherUnit is null ? new Text("match.capacity.noneStated") : new Text("match.capacity.statedIn", Unit(facts.OtherUnit.Unit));
            unmet.Add(new UnmetRequirement($"unit:{unit}", new Text("match.unmet.unit", stated, unit, need.MonthlyVolume)));
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 0m, facts.Relevance, new Text("match.capacity.wrongUnit", stated, unit));
        }

        var source = facts.CapacitySource!;
        // Never rounded up to the volume: a capacity just short of it must read as short of it.
        var have = capacity >= need.MonthlyVolume || Round2(capacity) < need.MonthlyVolume ? Round2(capacity) : capacity;
        var converted = source.Unit == need.Unit ? NoText : new Text("match.capacity.converted", source.MonthlyCapacity, Unit(source.Unit));
        if (capacity >= need.MonthlyVolume)
        {
            return Criterion(MatchCriteria.Capacity, Weights.Capacity, 1m, facts.Relevance, new Text("match.capacity.covers", have, unit, converted, need.MonthlyVolume));
        }

        var value = CapacityValue(need, facts);
        if (!need.AllowPartialSupply)
        {
            unmet.Add(new UnmetRequirement(
                $"capacity:{have.ToString("0.##########", Invariant)}<{Number(need.MonthlyVolume)} {unit}",
                new Text("match.unmet.capacity", have, unit, converted, need.MonthlyVolume)));
        }

        return Criterion(
            MatchCriteria.Capacity,
            Weights.Capacity,
            value,
            facts.Relevance,
            new Text("match.capacity.part", have, unit, converted, value * 100m, need.MonthlyVolume, need.AllowPartialSupply ? new Text("match.capacity.partialAllowed") : NoText));
    }

    private CriterionScore Certifications(NeedToMatch need, CandidateToMatch candidate, Facts facts, List<UnmetRequirement> unmet)
    {
        var on = need.NeededBy;
        foreach (var required in need.RequiredCertifications)
        {
            if (!HoldsValid(candidate, required, need.NeededBy))
            {
                var expired = candidate.Certifications.Where(c => c.Type == required && c.ValidUntil is not null).Max(c => c.ValidUntil);
                var detail = expired is null
                    ? new Text("match.unmet.certification.missing", required.ToString(), on)
                    : new Text("match.unmet.certification.expires", required.ToString(), expired.Value, on);
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
                        ? new Text("match.unmet.tkdn.missing", on, minimum)
                        : new Text("match.unmet.tkdn.below", have, minimum)));
            }
        }

        var counted = Counted(need);
        var held = counted.Where(type => HoldsValid(candidate, type, need.NeededBy)).ToList();
        var preferred = need.PreferredCertifications.Count > 0;
        var explanation = held.Count == 0
            ? new Text(preferred ? "match.certifications.noPreferred" : "match.certifications.noQuality", counted.Count, on)
            : new Text(
                preferred ? "match.certifications.somePreferred" : "match.certifications.someQuality",
                held.Count,
                counted.Count,
                on,
                Listed(held.Select(type => Claimed(candidate, type, need.NeededBy) ? new Text("match.certifications.claimed", type.ToString()) : Text.Literal(type.ToString()))));
        var claimedRequired = need.RequiredCertifications.Where(type => HoldsValid(candidate, type, need.NeededBy) && Claimed(candidate, type, need.NeededBy)).ToList();
        if (claimedRequired.Count > 0)
        {
            explanation = new Text("match.certifications.claimedRequired", explanation, string.Join(", ", claimedRequired));
        }
        return Criterion(MatchCriteria.Certifications, Weights.Certifications, facts.CertificationsValue, facts.Relevance, explanation);
    }

    /// <summary>Texts one after another, separated as the language separates a list ("SNI, ISO9001").</summary>
    private static Text Listed(IEnumerable<Text> items) =>
        items.Aggregate((Text?)null, (list, item) => list is null ? item : new Text("match.list", list, item)) ?? Text.Literal(string.Empty);

    private CriterionScore Location(NeedToMatch need, CandidateToMatch candidate, Facts facts)
    {
        var value = LocationValue(need, candidate);
        var explanation = value switch
        {
            1m => new Text("match.location.same", candidate.Kecamatan.ToString()),
            0.3m => new Text("match.location.outside"),
            _ => new Text("match.location.elsewhere", candidate.Kecamatan.ToString(), need.IndustryKecamatan.ToString()),
        };
        return Criterion(MatchCriteria.Location, Weights.Location, value, facts.Relevance, explanation);
    }

    private CriterionScore TrackRecordScore(TrackRecord record, Facts facts)
    {
        var average = TrackRecordAverage(record);
        var explanation = record.CompletedCount == 0
            ? new Text("match.trackRecord.none", PriorRating)
            : new Text("match.trackRecord.rated", record.CompletedCount, Round2((decimal)record.RatingSum / record.CompletedCount), Round2(average));
        return Criterion(MatchCriteria.TrackRecord, Weights.TrackRecord, TrackRecordValue(record), facts.Relevance, explanation);
    }

    private CriterionScore Verification(CandidateToMatch candidate, Facts facts) =>
        candidate.Verified
            ? Criterion(MatchCriteria.Verification, Weights.Verification, 1m, facts.Relevance, new Text("match.verification.verified"))
            : Criterion(MatchCriteria.Verification, Weights.Verification, 0m, facts.Relevance, new Text("match.verification.notVerified"));

    private CriterionScore Criterion(string name, decimal weight, decimal value, decimal relevance, Text explanation) =>
        new(name, weight, value, Points(weight, value, relevance), explanation);

    /// <summary>The points a criterion adds to the 0–100 score: 100 × weight ÷ Σ weights × value × relevance, rounded to 2 decimals.</summary>
    private decimal Points(decimal weight, decimal value, decimal relevance) => Round2(100m * weight * value * relevance / Weights.Total);

    /// <summary>Whether every valid certificate of the type is only the IKM's claim (none verified by Disperindag).</summary>
    private static bool Claimed(CandidateToMatch candidate, CertificationType type, DateOnly on) =>
        !candidate.Certifications.Any(c => c.Type == type && c.IsValidOn(on) && c.Verified);

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

    private static string Number(decimal value) => value.ToString("0.####", Invariant);

    private static string Unit(CapacityUnit unit) => unit.ToString().ToLowerInvariant();

    /// <summary>What the criteria of one candidate are computed from (<see cref="Measure"/>).</summary>
    private struct Facts
    {
        /// <summary>The capability that speaks for the IKM; null when it has none.</summary>
        public CandidateCapability? Best;
        public decimal Relevance;
        public decimal Text;
        public int Agreement;

        /// <summary>The best text figure of any capability (the candidate rule looks at it).</summary>
        public decimal BestText;

        /// <summary>Whether any capability is of the need's KBLI division.</summary>
        public bool InDivision;

        /// <summary>Whether a capability is clearly about the job: text at least <see cref="Relevance.CandidateText"/>, sharing a title or keyword term.</summary>
        public bool AboutTheJob;

        /// <summary>The largest capacity, converted to the need's unit, of the capabilities that do the job; null when none states one in the need's dimension.</summary>
        public decimal? Capacity;
        public CandidateCapability? CapacitySource;

        /// <summary>The first capability doing the job that states its capacity in another dimension.</summary>
        public CandidateCapability? OtherUnit;

        public decimal CertificationsValue;
        public bool Eligible;
    }
}

/// <summary>A need with its terms analysed once, for scoring many candidates.</summary>
public sealed record PreparedNeed(NeedToMatch Need, NeedTerms Terms)
{
    /// <summary>
    /// The same need for <see cref="MatchScorer.Evaluate"/> alone (the same figures): without its texts and the terms as
    /// written, which only <see cref="MatchScorer.Score(PreparedNeed, CandidateToMatch)"/>'s explanations use, and with its
    /// term keys passed through <paramref name="share"/> (and numbered by <paramref name="ids"/>). A few hundred bytes, for keeping every open need in memory.
    /// </summary>
    public PreparedNeed ForNumbers(Func<string, string> share, TermIds? ids = null) =>
        new(Need with { Title = string.Empty, Description = null, Keywords = [] }, Terms.ForNumbers(share, ids));
}

/// <summary>
/// The score of one IKM for one need and whether it is eligible, without the breakdown (<see cref="MatchScorer.Evaluate"/>);
/// <paramref name="Candidate"/>: whether it takes part in the need's match at all.
/// </summary>
public readonly record struct MatchValue(decimal Score, bool Eligible, bool Candidate = true);
