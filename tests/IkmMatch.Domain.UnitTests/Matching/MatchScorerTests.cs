using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="MatchScorer"/>, relevance first (DESIGN §3): relevance decides whether an IKM does the job, the fit criteria
/// count in proportion to it, and eligibility is hard.
/// </summary>
public sealed class MatchScorerTests
{
    private const string DoesTheJob = "Las dan fabrikasi rak gudang baja";
    private const string Unrelated = "Katering nasi kotak";

    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    private static readonly MatchScorer Scorer = new(MatchWeights.Default);

    private static readonly string[] SixCriteria = ["relevance", "capacity", "certifications", "location", "trackRecord", "verification"];

    /// <summary>KBLI 25111 "Fabrikasi rak gudang" (las, baja), 500 pcs, nothing required, no partial supply; the industry is in Citangkil.</summary>
    private static NeedToMatch Need(
        string kbli = "25111",
        decimal volume = 500,
        CapacityUnit unit = CapacityUnit.Pcs,
        CertificationType[]? required = null,
        CertificationType[]? preferred = null,
        decimal? minTkdn = null,
        bool partial = false,
        Kecamatan industryKecamatan = Kecamatan.Citangkil,
        string title = "Fabrikasi rak gudang",
        string? description = "Rak baja untuk gudang pabrik",
        string[]? keywords = null) => new(
            kbli,
            title,
            description,
            keywords ?? ["las", "baja"],
            volume,
            unit,
            required ?? [],
            preferred ?? [],
            minTkdn,
            NeededBy,
            partial,
            industryKecamatan);

    /// <summary>By default a capability that does exactly the job of <see cref="Need"/>, in its KBLI: relevance 1.</summary>
    private static CandidateCapability Capability(
        string kbli = "25111", decimal capacity = 1000, CapacityUnit unit = CapacityUnit.Pcs, string name = DoesTheJob, string? description = null) =>
        new(kbli, name, description, capacity, unit);

    private static CandidateToMatch Candidate(
        CandidateCapability[]? capabilities = null,
        CandidateCertification[]? certifications = null,
        Kecamatan kecamatan = Kecamatan.Citangkil,
        bool verified = false,
        TrackRecord trackRecord = default,
        Guid? id = null) => new(
            id ?? new Guid("00000000-0000-0000-0000-000000000001"),
            kecamatan,
            verified,
            capabilities ?? [Capability()],
            certifications ?? [],
            trackRecord);

    /// <summary>Everything but the job: verified, in the industry's kecamatan, every quality certificate, large, rated 5.</summary>
    private static CandidateToMatch StrongOnEverythingElse(params CandidateCapability[] capabilities) => Candidate(
        capabilities,
        [.. MatchScorer.QualityCertificates.Select(t => Cert(t))],
        Kecamatan.Citangkil,
        verified: true,
        trackRecord: new TrackRecord(20, 100));

    private static CandidateCertification Cert(CertificationType type, string? validUntil = null, decimal? tkdn = null) =>
        new(type, validUntil is null ? null : DateOnly.ParseExact(validUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tkdn);

    private static CriterionScore Criterion(MatchResult result, string name) => result.Breakdown.Single(c => c.Criterion == name);

    private static decimal RelevanceOf(MatchResult result) => Criterion(result, "relevance").Value;

    /// <summary>The points a criterion earns: 100 × weight ÷ Σ weights × value × relevance, rounded to 2.</summary>
    private static decimal ExpectedPoints(MatchWeights weights, decimal weight, decimal value, decimal relevance) =>
        Math.Round(100m * weight * value * relevance / weights.Total, 2, MidpointRounding.AwayFromZero);

    // ---- relevance -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_CapabilityDoingExactlyTheJobInTheNeedsKbli_HasRelevanceOneAndFullRelevancePoints()
    {
        var result = Scorer.Score(Need(), Candidate());

        var relevance = Criterion(result, "relevance");
        relevance.Weight.ShouldBe(50m);
        relevance.Value.ShouldBe(1m);
        relevance.Points.ShouldBe(50m);
        relevance.Explanation.ShouldContain("KBLI 25111 matches 25111 exactly");
        relevance.Explanation.ShouldContain("does the job");
    }

    [Fact]
    public void Score_ExactKbliWithUnrelatedText_StaysLowWhateverElseItHas()
    {
        var result = Scorer.Score(Need(), StrongOnEverythingElse(Capability(name: Unrelated, capacity: 100_000)));

        RelevanceOf(result).ShouldBeGreaterThan(0m); // the exact code supports a little
        RelevanceOf(result).ShouldBeLessThanOrEqualTo(0.05m);
        result.Score.ShouldBeLessThanOrEqualTo(5m); // every point is × relevance
        Criterion(result, "relevance").Explanation.ShouldContain("shares no terms with the need");
        Criterion(result, "relevance").Explanation.ShouldContain("does not appear to do the job");
    }

    [Fact]
    public void Score_OutsideTheDivisionWithUnrelatedText_ScoresNothing()
    {
        var result = Scorer.Score(Need(), StrongOnEverythingElse(Capability("10792", name: Unrelated)));

        RelevanceOf(result).ShouldBe(0m);
        result.Score.ShouldBe(0m);
        result.Breakdown.ShouldAllBe(c => c.Points == 0m);
    }

    [Theory]
    [InlineData("10792")] // another division
    [InlineData("25200")] // the division only
    [InlineData("25111")] // the exact code
    public void Score_IkmThatDoesNotDoTheJob_NeverOutranksOneThatDoes(string unrelatedKbli)
    {
        // Unverified, outside Cilegon, no certificate, no partnership, a tenth of the volume (partial supply allowed),
        // in a neighbouring code — against one verified, near, certified, large and rated 5 that shares no term with the need.
        var need = Need(partial: true);
        var doesTheJob = Candidate([Capability("25120", 50)], kecamatan: Kecamatan.Outside);
        var everythingElse = StrongOnEverythingElse(Capability(unrelatedKbli, 100_000, name: Unrelated, description: "Nasi kotak, prasmanan dan snack rapat"));

        var job = Scorer.Score(need, doesTheJob);
        var other = Scorer.Score(need, everythingElse);

        job.Score.ShouldBeGreaterThan(other.Score);
        RelevanceOf(job).ShouldBeGreaterThan(RelevanceOf(other));

        // Even with the relevance weight at its lowest sensible share, the fit criteria cannot carry an unrelated IKM.
        var fitHeavy = new MatchScorer(new MatchWeights(10, 30, 30, 30, 30, 30));
        fitHeavy.Score(need, doesTheJob).Score.ShouldBeGreaterThan(fitHeavy.Score(need, everythingElse).Score);
    }

    [Fact]
    public void Score_FitCriteria_EarnPointsInProportionToRelevance()
    {
        // The same fit (verified, near, certified, rated, large), three levels of doing the job.
        CandidateToMatch With(string name) => StrongOnEverythingElse(Capability(name: name));
        var full = Scorer.Score(Need(), With(DoesTheJob));
        var part = Scorer.Score(Need(), With("Rak besi"));
        var none = Scorer.Score(Need(), With(Unrelated));

        RelevanceOf(full).ShouldBeGreaterThan(RelevanceOf(part));
        RelevanceOf(part).ShouldBeGreaterThan(RelevanceOf(none));
        foreach (var name in SixCriteria.Skip(1))
        {
            Criterion(full, name).Value.ShouldBe(Criterion(part, name).Value, name);
            Criterion(full, name).Points.ShouldBeGreaterThan(Criterion(part, name).Points, name);
            Criterion(part, name).Points.ShouldBeGreaterThan(Criterion(none, name).Points, name);
        }
    }

    private static readonly Dictionary<string, CandidateToMatch> VariedCandidates = new(StringComparer.Ordinal)
    {
        ["does the job"] = Candidate(),
        ["part of the job, outside"] = Candidate([Capability("25920", 1, name: "Rak besi")], kecamatan: Kecamatan.Outside),
        ["other unit"] = Candidate([Capability("25111", 3, CapacityUnit.Kg, "Pengelasan rangka baja")], [Cert(CertificationType.SNI, "2027-03-01")]),
        ["thirds"] = Candidate([Capability("25113", 1, name: "rak baja las gudang lemari kursi")], [Cert(CertificationType.TKDN, tkdn: 33.333m)], trackRecord: new TrackRecord(3, 7)),
        ["rich"] = Candidate([Capability(), Capability("25119", 10, name: "Rak gudang")], [Cert(CertificationType.SNI), Cert(CertificationType.ISO45001), Cert(CertificationType.TKDN, tkdn: 20)], verified: true, trackRecord: new TrackRecord(7, 30)),
        ["unrelated"] = StrongOnEverythingElse(Capability(name: Unrelated)),
        ["outside the division"] = Candidate([Capability("33121", 900, name: "Pengelasan rak baja gudang")], verified: true),
        ["no capability"] = Candidate([]),
    };

    [Theory]
    [InlineData("does the job")]
    [InlineData("part of the job, outside")]
    [InlineData("other unit")]
    [InlineData("thirds")]
    [InlineData("rich")]
    [InlineData("unrelated")]
    [InlineData("outside the division")]
    [InlineData("no capability")]
    public void Score_EveryCriterion_EarnsItsWeightShareTimesValueTimesRelevance(string label)
    {
        foreach (var weights in (MatchWeights[])[MatchWeights.Default, new MatchWeights(3, 1, 0, 2.5m, 7, 0.5m)])
        {
            var result = new MatchScorer(weights).Score(Need(minTkdn: 20, required: [CertificationType.SNI], partial: true), VariedCandidates[label]);
            var r = RelevanceOf(result);

            Criterion(result, "relevance").Points.ShouldBe(ExpectedPoints(weights, weights.Relevance, 1m, r), label);
            Criterion(result, "capacity").Points.ShouldBe(ExpectedPoints(weights, weights.Capacity, Criterion(result, "capacity").Value, r), label);
            Criterion(result, "certifications").Points.ShouldBe(ExpectedPoints(weights, weights.Certifications, Criterion(result, "certifications").Value, r), label);
            Criterion(result, "location").Points.ShouldBe(ExpectedPoints(weights, weights.Location, Criterion(result, "location").Value, r), label);
            Criterion(result, "trackRecord").Points.ShouldBe(ExpectedPoints(weights, weights.TrackRecord, Criterion(result, "trackRecord").Value, r), label);
            Criterion(result, "verification").Points.ShouldBe(ExpectedPoints(weights, weights.Verification, Criterion(result, "verification").Value, r), label);
            result.Breakdown.Select(c => c.Weight).ShouldBe([weights.Relevance, weights.Capacity, weights.Certifications, weights.Location, weights.TrackRecord, weights.Verification]);
        }
    }

    [Theory]
    [InlineData("does the job")]
    [InlineData("part of the job, outside")]
    [InlineData("other unit")]
    [InlineData("thirds")]
    [InlineData("rich")]
    [InlineData("unrelated")]
    [InlineData("outside the division")]
    [InlineData("no capability")]
    public void Score_Always_HasTheSixCriteriaAndPointsAddUpToTheScore(string label)
    {
        var result = Scorer.Score(Need(minTkdn: 20, required: [CertificationType.SNI]), VariedCandidates[label]);

        result.Breakdown.Select(c => c.Criterion).ShouldBe(SixCriteria, label);
        result.Score.ShouldBe(result.Breakdown.Sum(c => c.Points), label);
        result.Score.ShouldBeInRange(0m, 100m, label);
        result.Breakdown.ShouldAllBe(c => c.Value >= 0m && c.Value <= 1m && c.Points == Math.Round(c.Points, 2));
        result.Breakdown.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Explanation));
        result.Eligible.ShouldBe(result.Unmet.Count == 0, label);
    }

    [Fact]
    public void Score_NoCapability_HasRelevanceZeroAndIsIneligible()
    {
        var result = Scorer.Score(Need(), Candidate([], verified: true));

        RelevanceOf(result).ShouldBe(0m);
        Criterion(result, "relevance").Explanation.ShouldBe("no capability to compare with the need");
        result.Score.ShouldBe(0m);
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("unit:pcs");
    }

    [Theory]
    [InlineData("25111", "25111", 5)]
    [InlineData("25111", "25119", 4)]
    [InlineData("25111", "25190", 3)]
    [InlineData("25111", "25911", 2)]
    [InlineData("25111", "26111", 0)]
    [InlineData("25111", "33121", 0)]
    public void KbliAgreement_CountsSharedLeadingDigits_ZeroOutsideTheDivision(string need, string capability, int expected)
    {
        Relevance.KbliAgreement(need, capability).ShouldBe(expected);
    }

    [Fact]
    public void Score_SameText_RanksByKbliAgreement()
    {
        // "Rak besi" does part of the job; the closer its code, the more relevant.
        string[] codes = ["25111", "25119", "25120", "25200", "33121"];
        var relevances = codes.Select(kbli => RelevanceOf(Scorer.Score(Need(), Candidate([Capability(kbli, name: "Rak besi")])))).ToList();

        relevances.ShouldBeInOrder(SortDirection.Descending);
        relevances.Distinct().Count().ShouldBe(codes.Length);
        Criterion(Scorer.Score(Need(), Candidate([Capability("25119")])), "relevance").Explanation.ShouldContain("KBLI 25119 shares the class 2511 with 25111");
        Criterion(Scorer.Score(Need(), Candidate([Capability("25190")])), "relevance").Explanation.ShouldContain("KBLI 25190 shares the group 251 with 25111");
        Criterion(Scorer.Score(Need(), Candidate([Capability("25911")])), "relevance").Explanation.ShouldContain("KBLI 25911 shares only the division 25 with 25111");
        Criterion(Scorer.Score(Need(), Candidate([Capability("33121")])), "relevance").Explanation.ShouldContain("KBLI 33121 is outside the need's division 25");
    }

    [Fact]
    public void Score_StrongTextInANeighbouringCode_BeatsTheExactCodeWithUnrelatedText()
    {
        var neighbour = Scorer.Score(Need(), Candidate([Capability("25200")]));
        var exact = Scorer.Score(Need(), Candidate([Capability("25111", name: Unrelated)]));

        RelevanceOf(neighbour).ShouldBeGreaterThan(0.6m);
        Criterion(neighbour, "relevance").Explanation.ShouldContain("does the job");
        neighbour.Score.ShouldBeGreaterThan(exact.Score);
    }

    [Fact]
    public void Score_MoreOfTheNeedsTermsShared_IsMoreRelevant()
    {
        string[] names = ["Rak", "Rak baja", "Rak baja gudang", "Fabrikasi rak baja gudang", DoesTheJob];
        var relevances = names.Select(name => RelevanceOf(Scorer.Score(Need(), Candidate([Capability(name: name)])))).ToList();

        relevances.ShouldBeInOrder(SortDirection.Ascending);
        relevances.Distinct().Count().ShouldBe(names.Length);
    }

    [Fact]
    public void Score_TermInTheCapabilitysName_CountsMoreThanInItsDescription()
    {
        var inName = Scorer.Score(Need(), Candidate([Capability(name: "Rak baja", description: "Bengkel di Cilegon")]));
        var inDescription = Scorer.Score(Need(), Candidate([Capability(name: "Bengkel di Cilegon", description: "Rak baja")]));

        RelevanceOf(inDescription).ShouldBeGreaterThan(0m);
        RelevanceOf(inName).ShouldBeGreaterThan(RelevanceOf(inDescription));
    }

    [Fact]
    public void Score_NeedsTitleAndKeywords_WeighMoreThanItsDescription()
    {
        var need = Need(title: "Pengecatan tangki", description: "Sandblasting dan perancah", keywords: []);

        var title = Scorer.Score(need, Candidate([Capability(name: "Pengecatan tangki")]));
        var description = Scorer.Score(need, Candidate([Capability(name: "Sandblasting dan perancah")]));

        RelevanceOf(description).ShouldBeGreaterThan(0m);
        RelevanceOf(title).ShouldBeGreaterThan(RelevanceOf(description));
    }

    [Fact]
    public void Score_CatalogueOfEverything_IsDiscountedAgainstAFocusedCapability()
    {
        const string catalogue =
            "Las dan fabrikasi rak gudang baja, pagar, kanopi, teralis, tangki, pipa, pompa, genset, kompresor, katering, " +
            "seragam, sepatu, helm, sarung tangan, majun, kontainer, perancah, sandblasting, pengecatan, isolasi, kabel, " +
            "lampu, panel listrik, AC, furnitur, meja, kursi, lemari, percetakan, spanduk, stempel, alat tulis, komputer, printer";
        ProcurementLanguageTermCount(catalogue).ShouldBeGreaterThan((int)Relevance.TypicalTerms);

        var focused = Scorer.Score(Need(), Candidate([Capability(name: DoesTheJob)]));
        var everything = Scorer.Score(Need(), Candidate([Capability(name: catalogue)]));

        RelevanceOf(everything).ShouldBeGreaterThan(0m);
        RelevanceOf(focused).ShouldBeGreaterThan(RelevanceOf(everything));
        focused.Score.ShouldBeGreaterThan(everything.Score);
    }

    [Fact]
    public void Score_ShortProfile_LosesNothingForBeingShort()
    {
        var need = Need(title: "Pengelasan", description: null, keywords: []);

        var bare = Scorer.Score(need, Candidate([Capability(name: "Las")]));
        var fuller = Scorer.Score(need, Candidate([Capability(name: "Las tangki, pipa dan rangka baja", description: "Bengkel las dengan 6 juru las bersertifikat")]));

        RelevanceOf(bare).ShouldBe(RelevanceOf(fuller));
        RelevanceOf(bare).ShouldBeGreaterThan(0.6m);
    }

    [Fact]
    public void Score_RelevanceExplanation_NamesTheMatchedTermsAndHowTheyMatched()
    {
        var need = Need(title: "Pengelasan tangki", description: "welding of piping", keywords: []);

        var explanation = Criterion(Scorer.Score(need, Candidate([Capability(name: "Las tangki dan pipa")])), "relevance").Explanation;

        // Title terms first, then the description's; "welding" adds nothing that "pengelasan" did not already name.
        explanation.ShouldStartWith("'Las tangki dan pipa' shares 3 term(s) with the need: pengelasan ~ las, tangki, piping ~ pipa (text ");
        explanation.ShouldContain("KBLI 25111 matches 25111 exactly");

        var english = Criterion(Scorer.Score(need, Candidate([Capability(name: "Jasa welding", description: "pipa-pipa")])), "relevance").Explanation;
        english.ShouldContain("pengelasan ~ welding");
        english.ShouldContain("piping ~ pipa");
    }

    [Fact]
    public void Relevance_WeakNeedTerm_CountsHalf_SoTheObjectOutranksTheActivity()
    {
        // "pemeliharaan" is an activity (Language/weak-id.txt): it weighs 0.5, "kompresor" 1, of 1.5 in all.
        var need = Need(kbli: "33122", title: "Pemeliharaan kompresor", description: null, keywords: []);
        var prepared = Scorer.Prepare(need);
        var activity = Capability("33122", name: "Perawatan gedung");
        var objectOnly = Capability("33122", name: "Kompresor");

        Relevance.Text(prepared.Terms, activity).ShouldBe(0.3333m); // 0.5 / 1.5
        Relevance.Text(prepared.Terms, objectOnly).ShouldBe(0.6667m); // 1 / 1.5
        Relevance.Text(prepared.Terms, Capability("33122", name: "Servis kompresor")).ShouldBe(1m);

        var activityIkm = StrongOnEverythingElse(activity);
        var objectIkm = StrongOnEverythingElse(objectOnly);
        RelevanceOf(Scorer.Score(prepared, objectIkm)).ShouldBeGreaterThan(RelevanceOf(Scorer.Score(prepared, activityIkm)));
        Scorer.Evaluate(prepared, objectIkm).Score.ShouldBeGreaterThan(Scorer.Evaluate(prepared, activityIkm).Score);
    }

    [Fact]
    public void Relevance_WordOfAMultiWordConcept_MeetsOnlyWeakly()
    {
        // "Sunlight" is "sabun cuci piring" (1) with its words sabun, cuci, piring (0.5 each): 2.5 in all. Liquid soap
        // meets it through "sabun" alone, 0.5 / 2.5; dish soap by any of its names meets it in full.
        var prepared = Scorer.Prepare(Need(kbli: "20231", title: "Sunlight", description: null, keywords: []));

        Relevance.Text(prepared.Terms, Capability("20231", name: "Sabun cair")).ShouldBe(0.2m);
        Relevance.Text(prepared.Terms, Capability("20231", name: "Sabun cuci piring")).ShouldBe(1m);
        Relevance.Text(prepared.Terms, Capability("20231", name: "Cairan pencuci piring")).ShouldBe(1m);
        Relevance.Text(prepared.Terms, Capability("20231", name: "Sabun mandi batang")).ShouldBeLessThan(0.5m);
    }

    private static int ProcurementLanguageTermCount(string text) => IkmMatch.Domain.Matching.Language.ProcurementLanguage.Default.Terms(text).Length;

    // ---- candidates --------------------------------------------------------------------------------------------------

    [Fact]
    public void Evaluate_CapabilityOutsideTheDivisionAboutTheJob_IsACandidateRankedByWhatItDoes()
    {
        var prepared = Scorer.Prepare(Need());
        var outside = Candidate([Capability("33121", name: "Pengelasan rak baja gudang")]);
        var inDivisionUnrelated = StrongOnEverythingElse(Capability("25111", name: Unrelated));

        var value = Scorer.Evaluate(prepared, outside);

        value.Candidate.ShouldBeTrue();
        Scorer.IsCandidate(prepared, outside).ShouldBeTrue();
        value.Score.ShouldBeGreaterThan(Scorer.Evaluate(prepared, inDivisionUnrelated).Score);
        Criterion(Scorer.Score(prepared, outside), "relevance").Explanation.ShouldContain("outside the need's division 25");
    }

    [Fact]
    public void Evaluate_InTheDivisionWithoutText_IsACandidate()
    {
        Scorer.Evaluate(Scorer.Prepare(Need()), Candidate([Capability("25990", name: Unrelated)])).Candidate.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Unrelated, null)]
    [InlineData("Lemari arsip", "Rak dan lemari arsip kantor")] // one of five terms, in the description only: 0.6 × 1/5 = 0.12
    public void Evaluate_OutsideTheDivisionWithoutEnoughTextAboutTheJob_IsNoCandidate(string name, string? description)
    {
        var prepared = Scorer.Prepare(Need());
        var candidate = StrongOnEverythingElse(Capability("10792", name: name, description: description));

        Relevance.Text(prepared.Terms, candidate.Capabilities[0]).ShouldBeLessThan(Relevance.CandidateText);
        Scorer.Evaluate(prepared, candidate).Candidate.ShouldBeFalse();
        Scorer.IsCandidate(prepared, candidate).ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_OutsideTheDivisionWithOneOfFiveTermsInItsName_IsACandidateAtTheThreshold()
    {
        // "Rak" names one of the five terms of the title and keywords (fabrikasi, rak, gudang, las, baja): text 0.2.
        var prepared = Scorer.Prepare(Need());
        var candidate = Candidate([Capability("10792", name: "Rak")]);

        Relevance.Text(prepared.Terms, candidate.Capabilities[0]).ShouldBe(Relevance.CandidateText);
        Scorer.Evaluate(prepared, candidate).Candidate.ShouldBeTrue();
        Scorer.IsCandidate(prepared, candidate).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_OutsideTheDivisionSharingOnlyDescriptionTerms_IsNoCandidate()
    {
        // The description's terms (cat, sandblast) carry 0.35 of the text, above the threshold, but none of the title's
        // or keywords': the term index finds IKM beyond the division by those, and so does the rule.
        var prepared = Scorer.Prepare(Need(description: "Pengecatan dan sandblasting"));
        var candidate = StrongOnEverythingElse(Capability("43301", name: "Pengecatan dan sandblasting"));

        Relevance.Text(prepared.Terms, candidate.Capabilities[0]).ShouldBeGreaterThanOrEqualTo(Relevance.CandidateText);
        Scorer.Evaluate(prepared, candidate).Candidate.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_NoCapability_IsNoCandidate()
    {
        Scorer.Evaluate(Scorer.Prepare(Need()), Candidate([])).ShouldBe(new MatchValue(0m, Eligible: false, Candidate: false));
    }

    // ---- capacity ------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, false)]
    [InlineData(500, true)]
    [InlineData(100000, true)]
    public void Score_CapacityCoversVolume_IsFullAndEligible(double capacity, bool partial)
    {
        var result = Scorer.Score(Need(partial: partial), Candidate([Capability(capacity: (decimal)capacity)]));

        var criterion = Criterion(result, "capacity");
        criterion.Value.ShouldBe(1m);
        criterion.Points.ShouldBe(15m);
        criterion.Explanation.ShouldBe($"capacity {capacity} pcs/month covers the 500 needed");
        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
    }

    [Fact]
    public void Score_CapacityShortWithoutPartialSupply_IsUnmetWithCode()
    {
        var result = Scorer.Score(Need(), Candidate([Capability(capacity: 300)]));

        result.Eligible.ShouldBeFalse();
        var unmet = result.Unmet.ShouldHaveSingleItem();
        unmet.Code.ShouldBe("capacity:300<500 pcs");
        unmet.Detail.ShouldBe("capacity 300 pcs/month is below the 500 needed, and the need allows no partial supply");

        // 300 / 500 = 0.6 → 15 × 0.6 × relevance 1 = 9 points: still scored, only ineligible.
        Criterion(result, "capacity").Value.ShouldBe(0.6m);
        Criterion(result, "capacity").Points.ShouldBe(9m);
    }

    [Theory]
    [InlineData(300, 500, 0.6, 9.0)]
    [InlineData(100, 300, 0.3333, 5.0)] // 15 × 0.3333 = 4.9995 → 5.00
    [InlineData(7, 30, 0.2333, 3.5)] // 15 × 0.2333 = 3.4995 → 3.50
    [InlineData(2, 3, 0.6667, 10.0)] // 15 × 0.6667 = 10.0005 → 10.00
    [InlineData(1, 30000, 0.0, 0.0)] // 0.0000333 → 0.0000
    public void Score_PartialSupplyAllowed_ScoresCapacityShareAndStaysEligible(double capacity, double volume, double value, double points)
    {
        var result = Scorer.Score(Need(volume: (decimal)volume, partial: true), Candidate([Capability(capacity: (decimal)capacity)]));

        var criterion = Criterion(result, "capacity");
        criterion.Value.ShouldBe((decimal)value);
        criterion.Points.ShouldBe((decimal)points);
        criterion.Explanation.ShouldContain("partial supply allowed");
        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
    }

    [Fact]
    public void Score_CapacityInTonsForANeedInKg_IsConverted()
    {
        var result = Scorer.Score(Need(volume: 2000, unit: CapacityUnit.Kg), Candidate([Capability(capacity: 2, unit: CapacityUnit.Ton)]));

        Criterion(result, "capacity").Value.ShouldBe(1m);
        Criterion(result, "capacity").Explanation.ShouldBe("capacity 2000 kg/month (2 ton) covers the 2000 needed");
        result.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Score_CapacityInKgForANeedInTons_IsConvertedAndShortfallNamedInTons()
    {
        var result = Scorer.Score(Need(volume: 2, unit: CapacityUnit.Ton), Candidate([Capability(capacity: 1500, unit: CapacityUnit.Kg)]));

        Criterion(result, "capacity").Value.ShouldBe(0.75m);
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:1.5<2 ton");
        result.Unmet[0].Detail.ShouldContain("(1500 kg)");
    }

    [Fact]
    public void Score_CapacityInLitresForANeedInCubicMetres_IsConverted()
    {
        var result = Scorer.Score(Need(volume: 3, unit: CapacityUnit.M3, partial: true), Candidate([Capability(capacity: 2500, unit: CapacityUnit.Litre)]));

        Criterion(result, "capacity").Value.ShouldBe(0.8333m);
        result.Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(10, true)] // 10 dozen = 120 pcs: exactly the volume
    [InlineData(9, false)] // 108 pcs
    public void Score_CapacityInDozensForANeedInPieces_IsConverted(int dozens, bool eligible)
    {
        var result = Scorer.Score(Need(volume: 120), Candidate([Capability(capacity: dozens, unit: CapacityUnit.Dozen)]));

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:108<120 pcs");
        }
    }

    [Theory]
    [InlineData(CapacityUnit.Kg, CapacityUnit.Pcs)]
    [InlineData(CapacityUnit.Ton, CapacityUnit.Litre)]
    [InlineData(CapacityUnit.M3, CapacityUnit.M2)]
    [InlineData(CapacityUnit.Set, CapacityUnit.Unit)]
    [InlineData(CapacityUnit.Pair, CapacityUnit.Pcs)]
    [InlineData(CapacityUnit.Hour, CapacityUnit.Trip)]
    [InlineData(CapacityUnit.Metre, CapacityUnit.M2)]
    [InlineData(CapacityUnit.Lot, CapacityUnit.Pax)]
    public void Score_CapacityInAnotherDimension_CountsForNothingAndTheUnitIsUnmet(CapacityUnit stated, CapacityUnit needed)
    {
        foreach (var partial in (bool[])[false, true])
        {
            // Partial supply lets an IKM deliver part of the volume, but nothing can be delivered in a unit it does not work in.
            var result = Scorer.Score(Need(unit: needed, partial: partial), Candidate([Capability(capacity: 100_000, unit: stated)]));

            var unit = needed.ToString().ToLowerInvariant();
            Criterion(result, "capacity").Value.ShouldBe(0m);
            Criterion(result, "capacity").Points.ShouldBe(0m);
            Criterion(result, "capacity").Explanation.ShouldBe($"capacity is stated in {stated.ToString().ToLowerInvariant()}; the need is in {unit}");
            result.Eligible.ShouldBeFalse();
            var unmet = result.Unmet.ShouldHaveSingleItem();
            unmet.Code.ShouldBe($"unit:{unit}");
            unmet.Detail.ShouldContain($"the need asks for 500 {unit}/month");
        }
    }

    [Theory]
    [InlineData(1, CapacityUnit.Ton, CapacityUnit.Kg, 1000)]
    [InlineData(250, CapacityUnit.Kg, CapacityUnit.Ton, 0.25)]
    [InlineData(2, CapacityUnit.M3, CapacityUnit.Litre, 2000)]
    [InlineData(500, CapacityUnit.Litre, CapacityUnit.M3, 0.5)]
    [InlineData(3, CapacityUnit.Dozen, CapacityUnit.Pcs, 36)]
    [InlineData(6, CapacityUnit.Pcs, CapacityUnit.Dozen, 0.5)]
    [InlineData(7, CapacityUnit.Set, CapacityUnit.Set, 7)]
    [InlineData(7, CapacityUnit.Trip, CapacityUnit.Trip, 7)]
    public void Convert_WithinADimension_ScalesTheAmount(double amount, CapacityUnit from, CapacityUnit to, double expected)
    {
        CapacityUnits.Convert((decimal)amount, from, to).ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData(CapacityUnit.Kg, CapacityUnit.Litre)]
    [InlineData(CapacityUnit.Ton, CapacityUnit.Pcs)]
    [InlineData(CapacityUnit.Dozen, CapacityUnit.Pair)]
    [InlineData(CapacityUnit.Set, CapacityUnit.Unit)]
    [InlineData(CapacityUnit.Unit, CapacityUnit.Set)]
    [InlineData(CapacityUnit.M2, CapacityUnit.M3)]
    [InlineData(CapacityUnit.Hour, CapacityUnit.Pax)]
    public void Convert_AcrossDimensions_IsNull(CapacityUnit from, CapacityUnit to)
    {
        CapacityUnits.Convert(10, from, to).ShouldBeNull();
        CapacityUnits.Convert(10, to, from).ShouldBeNull();
    }

    [Fact]
    public void Score_Capacity_ComesFromTheCapabilitiesThatDoTheJob()
    {
        // 5000 pcs of catering in the exact code does not supply the racks: the capacity is the 100 of the rack workshop.
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25111", 5000, name: Unrelated),
            Capability("25119", 100, name: DoesTheJob),
        ]));

        Criterion(result, "relevance").Explanation.ShouldStartWith($"'{DoesTheJob}'");
        Criterion(result, "capacity").Value.ShouldBe(0.2m);
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:100<500 pcs");
    }

    [Fact]
    public void Score_Capacity_AddsNothingFromAnotherDimensionAmongThoseDoingTheJob()
    {
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25111", 5000, CapacityUnit.Kg, DoesTheJob),
            Capability("25111", 200, CapacityUnit.Pcs, "Fabrikasi rak gudang baja"),
        ]));

        Criterion(result, "capacity").Value.ShouldBe(0.4m);
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:200<500 pcs");
    }

    [Fact]
    public void Score_NoTextAboutTheJob_CapacityComesFromTheNeedsDivision()
    {
        var inDivision = Scorer.Score(Need(), Candidate([Capability("25990", 5000, name: Unrelated), Capability("33121", 900, name: "Reparasi pompa")]));
        inDivision.Unmet.ShouldBeEmpty();
        Criterion(inDivision, "capacity").Explanation.ShouldBe("capacity 5000 pcs/month covers the 500 needed");

        var onlyOutside = Scorer.Score(Need(), Candidate([Capability("25990", 5000, CapacityUnit.Kg, Unrelated), Capability("33121", 900, name: "Reparasi pompa")]));
        Criterion(onlyOutside, "capacity").Explanation.ShouldBe("capacity is stated in kg; the need is in pcs");
        onlyOutside.Unmet.ShouldHaveSingleItem().Code.ShouldBe("unit:pcs");
    }

    [Fact]
    public void Score_TheCapabilityThatSpeaksForTheIkm_IsTheMostRelevant()
    {
        var result = Scorer.Score(Need(partial: true), Candidate(
        [
            Capability("25111", 5000, name: "Rak"),
            Capability("25200", 100, name: DoesTheJob),
        ]));

        Criterion(result, "relevance").Explanation.ShouldStartWith($"'{DoesTheJob}'");
        Criterion(result, "relevance").Explanation.ShouldContain("KBLI 25200");
    }

    [Fact]
    public void Score_AllElseEqual_PrefersTheLargerCapacity()
    {
        var result = Scorer.Score(Need(partial: true), Candidate(
        [
            Capability("25111", 100, name: "Rak baja ringan"),
            Capability("25111", 400, name: "Rak baja ringan"),
        ]));

        Criterion(result, "capacity").Value.ShouldBe(0.8m);
    }

    // ---- required certificates, TKDN ---------------------------------------------------------------------------------

    [Fact]
    public void Score_RequiredCertificateMissing_IsUnmetWithNoValidDetail()
    {
        var result = Scorer.Score(Need(required: [CertificationType.ISO9001]), Candidate(certifications: [Cert(CertificationType.SNI)]));

        result.Eligible.ShouldBeFalse();
        result.Unmet.ShouldBe([new UnmetRequirement("certification:ISO9001", "no valid ISO9001 on 2027-03-01")]);
    }

    [Fact]
    public void Score_RequiredCertificateExpiresBeforeNeededBy_IsUnmetNamingTheLatestExpiry()
    {
        var result = Scorer.Score(
            Need(required: [CertificationType.ISO9001]),
            Candidate(certifications: [Cert(CertificationType.ISO9001, "2026-12-31"), Cert(CertificationType.ISO9001, "2027-02-28")]));

        result.Eligible.ShouldBeFalse();
        var unmet = result.Unmet.ShouldHaveSingleItem();
        unmet.Code.ShouldBe("certification:ISO9001");
        unmet.Detail.ShouldBe("ISO9001 expires 2027-02-28, before the needed-by date 2027-03-01");
    }

    [Theory]
    [InlineData("2027-03-01")] // exactly on the needed-by date
    [InlineData("2027-03-02")]
    [InlineData(null)] // no expiry
    public void Score_RequiredCertificateValidOnNeededBy_IsMet(string? validUntil)
    {
        var result = Scorer.Score(Need(required: [CertificationType.ISO9001]), Candidate(certifications: [Cert(CertificationType.ISO9001, validUntil)]));

        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(CertificationType.CSMS)]
    [InlineData(CertificationType.SLHS)]
    [InlineData(CertificationType.WelderCompetency)]
    [InlineData(CertificationType.OperatorCompetency)]
    public void Score_NewCertificateTypesRequired_AreCheckedLikeAnyOther(CertificationType type)
    {
        Scorer.Score(Need(required: [type]), Candidate()).Unmet.ShouldHaveSingleItem().Code.ShouldBe($"certification:{type}");
        Scorer.Score(Need(required: [type]), Candidate(certifications: [Cert(type, "2027-03-01")])).Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Score_TwoRequiredCertificatesMissing_NamesEachInOrder()
    {
        var result = Scorer.Score(
            Need(required: [CertificationType.ISO9001, CertificationType.SMK3]),
            Candidate(certifications: [Cert(CertificationType.SMK3, "2020-01-01")]));

        result.Unmet.Select(u => u.Code).ShouldBe(["certification:ISO9001", "certification:SMK3"]);
        result.Unmet[1].Detail.ShouldBe("SMK3 expires 2020-01-01, before the needed-by date 2027-03-01");
    }

    [Fact]
    public void Score_TkdnBelowMinimum_IsUnmet()
    {
        var result = Scorer.Score(Need(minTkdn: 40), Candidate(certifications: [Cert(CertificationType.TKDN, tkdn: 35)]));

        result.Eligible.ShouldBeFalse();
        result.Unmet.ShouldBe([new UnmetRequirement("tkdn:35<40", "TKDN 35% is below the 40% the need asks for")]);
    }

    [Fact]
    public void Score_NoTkdnCertificate_IsUnmetAsZero()
    {
        var result = Scorer.Score(Need(minTkdn: 40), Candidate(certifications: [Cert(CertificationType.ISO9001)]));

        var unmet = result.Unmet.ShouldHaveSingleItem();
        unmet.Code.ShouldBe("tkdn:0<40");
        unmet.Detail.ShouldBe("no valid TKDN certificate on 2027-03-01; the need asks for at least 40%");
    }

    [Fact]
    public void Score_TkdnCertificateExpiredByNeededBy_CountsAsZero()
    {
        var result = Scorer.Score(Need(minTkdn: 40), Candidate(certifications: [Cert(CertificationType.TKDN, "2027-02-28", 60)]));

        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("tkdn:0<40");
    }

    [Theory]
    [InlineData(40.0)]
    [InlineData(72.5)]
    public void Score_TkdnAtOrAboveMinimum_IsMet(double percent)
    {
        var result = Scorer.Score(
            Need(minTkdn: 40),
            Candidate(certifications: [Cert(CertificationType.TKDN, "2026-01-01", 90), Cert(CertificationType.TKDN, null, (decimal)percent)]));

        result.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Score_FractionalTkdnBelowMinimum_KeepsTheDecimalsInTheCode()
    {
        Scorer.Score(Need(minTkdn: 40), Candidate(certifications: [Cert(CertificationType.TKDN, tkdn: 39.5m)]))
            .Unmet.ShouldHaveSingleItem().Code.ShouldBe("tkdn:39.5<40");
    }

    [Fact]
    public void Score_SeveralRequirementsUnmet_ListsEveryOne()
    {
        var result = Scorer.Score(Need(required: [CertificationType.ISO9001], minTkdn: 40), Candidate([Capability(capacity: 300)]));

        result.Unmet.Select(u => u.Code).ShouldBe(["capacity:300<500 pcs", "certification:ISO9001", "tkdn:0<40"], ignoreOrder: true);
        result.Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Score_IneligibleIkmThatDoesTheJob_IsStillScored()
    {
        var result = Scorer.Score(Need(required: [CertificationType.ISO9001]), Candidate(verified: true));

        result.Eligible.ShouldBeFalse();
        RelevanceOf(result).ShouldBe(1m);
        result.Score.ShouldBeGreaterThan(50m);
    }

    // ---- certifications, location, track record, verification (relevance 1: the figures are the arithmetic) ------------

    [Fact]
    public void Score_PreferredCertificates_ScoresTheShareHeldValid()
    {
        // holds SMK3 (valid) and ISO14001 (expired before neededBy) of 3 preferred → 1/3 = 0.3333 → 10 × 0.3333 = 3.33
        var result = Scorer.Score(
            Need(preferred: [CertificationType.SMK3, CertificationType.ISO14001, CertificationType.ISO45001]),
            Candidate(certifications: [Cert(CertificationType.SMK3), Cert(CertificationType.ISO14001, "2027-01-01")]));

        var criterion = Criterion(result, "certifications");
        criterion.Value.ShouldBe(0.3333m);
        criterion.Points.ShouldBe(3.33m);
        criterion.Explanation.ShouldBe("holds 1 of 3 preferred certificate(s) valid on 2027-03-01: SMK3");
        result.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Score_NonePreferred_ScoresTheShareOfTheQualityCertificates()
    {
        // SNI, ISO9001, ISO14001, ISO45001, SMK3, CSMS count; Halal, TKDN, SLHS and competences do not: 3 of 6 = 0.5 → 5 points
        var result = Scorer.Score(
            Need(),
            Candidate(certifications:
            [
                Cert(CertificationType.ISO9001), Cert(CertificationType.SNI, "2030-01-01"), Cert(CertificationType.CSMS, "2027-03-01"),
                Cert(CertificationType.Halal), Cert(CertificationType.TKDN, tkdn: 50), Cert(CertificationType.SLHS), Cert(CertificationType.WelderCompetency),
            ]));

        MatchScorer.QualityCertificates.ShouldBe(
            [CertificationType.SNI, CertificationType.ISO9001, CertificationType.ISO14001, CertificationType.ISO45001, CertificationType.SMK3, CertificationType.CSMS],
            ignoreOrder: true);
        var criterion = Criterion(result, "certifications");
        criterion.Value.ShouldBe(0.5m);
        criterion.Points.ShouldBe(5m);
        criterion.Explanation.ShouldContain("3 of 6 quality certificate(s)");
    }

    [Fact]
    public void Score_NoCertificates_ScoresZeroCertifications()
    {
        var criterion = Criterion(Scorer.Score(Need(), Candidate(certifications: [])), "certifications");

        criterion.Value.ShouldBe(0m);
        criterion.Points.ShouldBe(0m);
        criterion.Explanation.ShouldBe("holds none of the 6 quality certificate(s) (none preferred) valid on 2027-03-01");
    }

    [Theory]
    [InlineData(Kecamatan.Citangkil, 1.0, 10.0)]
    [InlineData(Kecamatan.Grogol, 0.7, 7.0)]
    [InlineData(Kecamatan.Pulomerak, 0.7, 7.0)]
    [InlineData(Kecamatan.Outside, 0.3, 3.0)]
    public void Score_Location_SameKecamatanElsewhereOrOutside(Kecamatan kecamatan, double value, double points)
    {
        var criterion = Criterion(Scorer.Score(Need(industryKecamatan: Kecamatan.Citangkil), Candidate(kecamatan: kecamatan)), "location");

        criterion.Value.ShouldBe((decimal)value);
        criterion.Points.ShouldBe((decimal)points);
    }

    [Fact]
    public void Score_Location_BothOutsideIsStillOutside()
    {
        Criterion(Scorer.Score(Need(industryKecamatan: Kecamatan.Outside), Candidate(kecamatan: Kecamatan.Outside)), "location").Value.ShouldBe(0.3m);
    }

    [Fact]
    public void Score_NoTrackRecord_IsTheNeutralPrior()
    {
        // (3 × 2 + 0) / (2 + 0) = 3 → (3 − 1) / 4 = 0.5 → 10 × 0.5 = 5 points
        var criterion = Criterion(Scorer.Score(Need(), Candidate(trackRecord: TrackRecord.None)), "trackRecord");

        criterion.Value.ShouldBe(0.5m);
        criterion.Points.ShouldBe(5m);
        criterion.Explanation.ShouldBe("no completed partnerships yet: neutral 3 of 5");
    }

    [Theory]
    [InlineData(2, 9, 0.6875, 6.88)] // (6 + 9) / 4 = 3.75 → 2.75 / 4 = 0.6875 → 6.875 → 6.88
    [InlineData(1, 5, 0.6667, 6.67)] // (6 + 5) / 3 = 3.6667 → 0.6667 → 6.667 → 6.67
    [InlineData(3, 3, 0.2, 2.0)] // (6 + 3) / 5 = 1.8 → 0.8 / 4 = 0.2
    [InlineData(8, 40, 0.9, 9.0)] // (6 + 40) / 10 = 4.6 → 3.6 / 4 = 0.9
    public void Score_TrackRecord_BayesianAverageScaled(int completed, int ratingSum, double value, double points)
    {
        var criterion = Criterion(Scorer.Score(Need(), Candidate(trackRecord: new TrackRecord(completed, ratingSum))), "trackRecord");

        criterion.Value.ShouldBe((decimal)value);
        criterion.Points.ShouldBe((decimal)points);
    }

    [Fact]
    public void Score_TrackRecord_ExplainsAverageAndPrior()
    {
        Criterion(Scorer.Score(Need(), Candidate(trackRecord: new TrackRecord(2, 9))), "trackRecord").Explanation
            .ShouldBe("2 completed partnership(s) rated 4.5 on average; 3.75 of 5 with the neutral prior");
    }

    [Theory]
    [InlineData(true, 1.0, 5.0)]
    [InlineData(false, 0.0, 0.0)]
    public void Score_Verification_OneOrZero(bool verified, double value, double points)
    {
        var criterion = Criterion(Scorer.Score(Need(), Candidate(verified: verified)), "verification");

        criterion.Value.ShouldBe((decimal)value);
        criterion.Points.ShouldBe((decimal)points);
    }

    // ---- totals ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_FullyWorkedExample_MatchesTheHandComputedFigures()
    {
        // Need: 30 ton, partial supply, ISO9001 required, SMK3 + ISO14001 + ISO45001 preferred, TKDN ≥ 40, industry in Citangkil.
        // Candidate: does exactly the job in the need's KBLI (relevance 1), 7000 kg/month; ISO9001, SMK3 valid, ISO14001
        // expired, TKDN 45%; in Grogol; verified; 2 partnerships rated 5 and 4.
        //
        // relevance      1                                                × 50 = 50.00
        // capacity       7000 kg = 7 ton; 7 / 30 = 0.2333                 × 15 = 3.4995 → 3.50
        // certifications SMK3 of {ISO14001, ISO45001, SMK3} = 0.3333       × 10 = 3.333 → 3.33
        // location       Grogol, industry in Citangkil = 0.7              × 10 = 7.00
        // trackRecord    (3·2 + 9) / (2 + 2) = 3.75 → 0.6875              × 10 = 6.875 → 6.88
        // verification   1                                                × 5 = 5.00
        // total          75.71
        var need = Need(
            volume: 30,
            unit: CapacityUnit.Ton,
            required: [CertificationType.ISO9001],
            preferred: [CertificationType.SMK3, CertificationType.ISO14001, CertificationType.ISO45001],
            minTkdn: 40,
            partial: true);
        var candidate = Candidate(
            [Capability("25111", 7000, CapacityUnit.Kg)],
            [Cert(CertificationType.ISO9001), Cert(CertificationType.SMK3, "2028-06-30"), Cert(CertificationType.ISO14001, "2027-01-01"), Cert(CertificationType.TKDN, "2029-01-01", 45)],
            Kecamatan.Grogol,
            verified: true,
            trackRecord: new TrackRecord(2, 9));

        var result = Scorer.Score(need, candidate);

        result.Breakdown.Select(c => (c.Criterion, c.Weight, c.Value, c.Points)).ShouldBe(
        [
            ("relevance", 50m, 1m, 50m),
            ("capacity", 15m, 0.2333m, 3.5m),
            ("certifications", 10m, 0.3333m, 3.33m),
            ("location", 10m, 0.7m, 7m),
            ("trackRecord", 10m, 0.6875m, 6.88m),
            ("verification", 5m, 1m, 5m),
        ]);
        result.Score.ShouldBe(75.71m);
        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
        Criterion(result, "capacity").Explanation.ShouldBe("capacity 7 ton/month (7000 kg) covers 23.33% of the 30 needed (partial supply allowed)");
    }

    [Fact]
    public void Score_PartlyRelevantExample_ScalesEveryFitCriterion()
    {
        var result = Scorer.Score(Need(), Candidate([Capability("25111", 1000, name: "Rak besi")], kecamatan: Kecamatan.Grogol, verified: true));
        var r = RelevanceOf(result);

        r.ShouldBeInRange(0.05m, 0.6m);
        Criterion(result, "relevance").Points.ShouldBe(Math.Round(50m * r, 2, MidpointRounding.AwayFromZero));
        Criterion(result, "capacity").Points.ShouldBe(Math.Round(15m * r, 2, MidpointRounding.AwayFromZero));
        Criterion(result, "location").Points.ShouldBe(Math.Round(7m * r, 2, MidpointRounding.AwayFromZero));
        Criterion(result, "trackRecord").Points.ShouldBe(Math.Round(5m * r, 2, MidpointRounding.AwayFromZero));
        Criterion(result, "verification").Points.ShouldBe(Math.Round(5m * r, 2, MidpointRounding.AwayFromZero));
        Criterion(result, "relevance").Explanation.ShouldContain($"every other criterion counts × {r.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Score_PerfectCandidate_Scores100LessTheTrackRecordShortfall()
    {
        var result = Scorer.Score(
            Need(),
            Candidate(
                [Capability()],
                [.. MatchScorer.QualityCertificates.Select(t => Cert(t))],
                verified: true,
                trackRecord: new TrackRecord(10, 50)));

        // track record: (6 + 50) / 12 = 4.6667 → 3.6667 / 4 = 0.91667 → 0.9167 × 10 = 9.167 → 9.17
        result.Breakdown.Select(c => c.Value).ShouldBe([1m, 1m, 1m, 1m, 0.9167m, 1m]);
        result.Score.ShouldBe(99.17m);
    }

    // ---- weights -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_AllWeightOnRelevance_ScoreIsRelevanceTimes100()
    {
        var scorer = new MatchScorer(new MatchWeights(1, 0, 0, 0, 0, 0));

        foreach (var name in (string[])[DoesTheJob, "Rak besi", Unrelated])
        {
            var result = scorer.Score(Need(), StrongOnEverythingElse(Capability(name: name)));

            result.Score.ShouldBe(Math.Round(100m * RelevanceOf(result), 2, MidpointRounding.AwayFromZero), name);
            result.Breakdown.Where(c => c.Criterion != "relevance").ShouldAllBe(c => c.Points == 0m);
            result.Breakdown.Select(c => c.Criterion).ShouldBe(SixCriteria);
        }
    }

    [Fact]
    public void Score_WeightsNotAddingTo100_NormaliseByTheirSum()
    {
        // relevance 1 and capacity 1, the rest 0: relevance 1 → 100·1·1/2 = 50; capacity 0.6 → 100·1·0.6·1/2 = 30
        var scorer = new MatchScorer(new MatchWeights(1, 1, 0, 0, 0, 0));

        var result = scorer.Score(Need(partial: true), Candidate([Capability(capacity: 300)]));

        Criterion(result, "relevance").Points.ShouldBe(50m);
        Criterion(result, "capacity").Points.ShouldBe(30m);
        result.Score.ShouldBe(80m);
    }

    [Theory]
    [InlineData(DoesTheJob)]
    [InlineData("Rak besi")]
    [InlineData(Unrelated)]
    public void Score_ScaledWeights_GiveTheSameScore(string name)
    {
        var doubled = new MatchScorer(new MatchWeights(100, 30, 20, 20, 20, 10));
        var tenth = new MatchScorer(new MatchWeights(5, 1.5m, 1, 1, 1, 0.5m));
        var candidate = Candidate([Capability("25119", 300, name: name)], [Cert(CertificationType.SNI)], Kecamatan.Outside, verified: true, trackRecord: new TrackRecord(3, 11));

        var expected = Scorer.Score(Need(partial: true), candidate);

        var scaled = doubled.Score(Need(partial: true), candidate);
        scaled.Score.ShouldBe(expected.Score);
        scaled.Breakdown.ShouldBe(expected.Breakdown.Select(c => c with { Weight = c.Weight * 2 }).ToList());
        scaled.Unmet.ShouldBe(expected.Unmet);
        tenth.Score(Need(partial: true), candidate).Score.ShouldBe(expected.Score);
    }

    [Fact]
    public void Score_MoreWeightOnVerification_ReordersIkmThatBothDoTheJob()
    {
        var need = Need(partial: true);
        var exactUnverified = Candidate([Capability("25111")]);
        var neighbourVerified = Candidate([Capability("25200")], verified: true);
        var verificationHeavy = new MatchScorer(new MatchWeights(50, 15, 10, 10, 10, 100));

        Scorer.Score(need, exactUnverified).Score.ShouldBeGreaterThan(Scorer.Score(need, neighbourVerified).Score);
        verificationHeavy.Score(need, neighbourVerified).Score.ShouldBeGreaterThan(verificationHeavy.Score(need, exactUnverified).Score);
    }

    [Fact]
    public void MatchWeights_Default_Is50_15_10_10_10_5WithoutProblems()
    {
        MatchWeights.Default.ShouldBe(new MatchWeights(50, 15, 10, 10, 10, 5));
        MatchWeights.Default.Total.ShouldBe(100m);
        MatchWeights.Default.Problems().ShouldBeEmpty();
        new MatchWeights(1, 0, 0, 0, 0, 0).Problems().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("capacity")]
    [InlineData("certifications")]
    [InlineData("location")]
    [InlineData("trackRecord")]
    [InlineData("verification")]
    public void MatchWeights_NegativeWeight_IsAProblemNamingIt(string name)
    {
        var weights = name switch
        {
            "capacity" => MatchWeights.Default with { Capacity = -1 },
            "certifications" => MatchWeights.Default with { Certifications = -1 },
            "location" => MatchWeights.Default with { Location = -1 },
            "trackRecord" => MatchWeights.Default with { TrackRecord = -1 },
            _ => MatchWeights.Default with { Verification = -0.5m },
        };

        weights.Problems().ShouldHaveSingleItem().ShouldStartWith($"Matching weight '{name}' is -");
    }

    [Fact]
    public void MatchWeights_RelevanceZeroOrNegative_IsAProblem()
    {
        (MatchWeights.Default with { Relevance = 0 }).Problems().ShouldHaveSingleItem().ShouldContain("'relevance' must be above 0");
        (MatchWeights.Default with { Relevance = -2 }).Problems().Count().ShouldBe(2);
        new MatchWeights(0, 0, 0, 0, 0, 0).Problems().ShouldHaveSingleItem().ShouldContain("relevance");
    }

    // ---- determinism ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_SameInputsTwice_GiveEqualResults()
    {
        var need = Need(required: [CertificationType.ISO9001], preferred: [CertificationType.SMK3], minTkdn: 30);
        CandidateToMatch Build() => Candidate(
            [Capability("25119", 250, name: "Rak gudang baja"), Capability("25120", 900, name: "Rak besi")],
            [Cert(CertificationType.ISO9001, "2027-02-01"), Cert(CertificationType.TKDN, null, 31)],
            Kecamatan.Jombang,
            trackRecord: new TrackRecord(4, 13));

        var first = Scorer.Score(need, Build());
        var scorer = new MatchScorer(MatchWeights.Default);
        var second = scorer.Score(scorer.Prepare(need), Build());

        second.Score.ShouldBe(first.Score);
        second.Eligible.ShouldBe(first.Eligible);
        second.Breakdown.ShouldBe(first.Breakdown);
        second.Unmet.ShouldBe(first.Unmet);
    }

    [Fact]
    public void Score_CapabilityAndCertificateOrder_DoesNotChangeTheResult()
    {
        var need = Need(required: [CertificationType.ISO9001], partial: true);
        CandidateCapability[] capabilities =
        [
            Capability("25120", 900, name: "Rak besi"),
            Capability("25119", 250, name: "Rak gudang baja"),
            Capability("25119", 100, CapacityUnit.Kg, "Rak gudang baja dan las"),
            Capability("10792", 5000, name: Unrelated),
        ];
        CandidateCertification[] certifications = [Cert(CertificationType.ISO9001, "2020-01-01"), Cert(CertificationType.ISO9001, "2026-05-05"), Cert(CertificationType.SNI)];

        var forward = Scorer.Score(need, Candidate(capabilities, certifications));
        var backward = Scorer.Score(need, Candidate([.. capabilities.Reverse()], [.. certifications.Reverse()]));

        backward.Breakdown.ShouldBe(forward.Breakdown);
        backward.Unmet.ShouldBe(forward.Unmet);
        forward.Unmet.ShouldHaveSingleItem().Detail.ShouldBe("ISO9001 expires 2026-05-05, before the needed-by date 2027-03-01");
    }
}
