using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Matching;

public sealed class MatchScorerTests
{
    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    private static readonly MatchScorer Scorer = new(MatchWeights.Default);

    private static readonly string[] SevenCriteria =
        ["category", "capabilityText", "capacity", "certifications", "location", "trackRecord", "verification"];

    /// <summary>KBLI 25111, 500 pcs, no required certificate, no TKDN minimum, no partial supply; the industry is in Citangkil.</summary>
    private static NeedToMatch Need(
        string kbli = "25111",
        decimal volume = 500,
        CapacityUnit unit = CapacityUnit.Pcs,
        CertificationType[]? required = null,
        CertificationType[]? preferred = null,
        decimal? minTkdn = null,
        bool partial = false,
        Kecamatan industryKecamatan = Kecamatan.Citangkil) => new(
            kbli,
            "Fabrikasi rak gudang",
            "Rak baja untuk gudang pabrik",
            ["las", "baja"],
            volume,
            unit,
            required ?? [],
            preferred ?? [],
            minTkdn,
            NeededBy,
            partial,
            industryKecamatan);

    private static CandidateCapability Capability(
        string kbli = "25111", decimal capacity = 1000, CapacityUnit unit = CapacityUnit.Pcs, string name = "Rak baja ringan", string? description = null) =>
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

    private static CandidateCertification Cert(CertificationType type, string? validUntil = null, decimal? tkdn = null) =>
        new(type, validUntil is null ? null : DateOnly.ParseExact(validUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tkdn);

    private static CriterionScore Criterion(MatchResult result, string name) => result.Breakdown.Single(c => c.Criterion == name);

    // ---- category -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("25111", 1.0, 30.0)]
    [InlineData("25119", 0.75, 22.5)]
    [InlineData("25120", 0.5, 15.0)]
    [InlineData("25200", 0.25, 7.5)]
    public void Score_CategoryByKbliDigitsShared_GivesValueAndPoints(string capabilityKbli, double value, double points)
    {
        var result = Scorer.Score(Need(), Candidate([Capability(capabilityKbli)]));

        var category = Criterion(result, "category");
        category.Weight.ShouldBe(30m);
        category.Value.ShouldBe((decimal)value);
        category.Points.ShouldBe((decimal)points);
        category.Explanation.ShouldContain(capabilityKbli);
    }

    [Fact]
    public void Score_ExactKbli_ExplainsTheExactMatch()
    {
        Criterion(Scorer.Score(Need(), Candidate()), "category").Explanation.ShouldBe("KBLI 25111 matches 25111 exactly");
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
        MatchScorer.KbliAgreement(need, capability).ShouldBe(expected);
    }

    [Fact]
    public void Score_NoCapabilityInTheDivision_ScoresZeroCategoryAndText()
    {
        var result = Scorer.Score(Need(), Candidate([Capability("33121")]));

        Criterion(result, "category").Value.ShouldBe(0m);
        Criterion(result, "category").Explanation.ShouldBe("no capability in KBLI division 25");
        Criterion(result, "capabilityText").Value.ShouldBe(0m);
        Criterion(result, "capacity").Value.ShouldBe(0m);
    }

    // ---- capacity ---------------------------------------------------------------------------------------------------

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
        unmet.Detail.ShouldContain("300 pcs/month");
        unmet.Detail.ShouldContain("no partial supply");
        // 300 / 500 = 0.6 → 15 × 0.6 = 9 points: still scored, only ineligible
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
    public void Score_CapacityInAnotherUnitWithoutPartialSupply_IsZeroAndUnitUnmet()
    {
        var result = Scorer.Score(Need(), Candidate([Capability(capacity: 100000, unit: CapacityUnit.Kg)]));

        Criterion(result, "capacity").Value.ShouldBe(0m);
        Criterion(result, "capacity").Points.ShouldBe(0m);
        Criterion(result, "capacity").Explanation.ShouldBe("capacity is stated in kg; the need is in pcs");
        result.Eligible.ShouldBeFalse();
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("unit:pcs");
    }

    [Fact]
    public void Score_CapacityInAnotherUnitWithPartialSupply_IsStillIneligible()
    {
        // Partial supply lets an IKM deliver part of the volume, but nothing can be delivered in a unit it does not work in.
        var result = Scorer.Score(Need(partial: true), Candidate([Capability(capacity: 100000, unit: CapacityUnit.Kg)]));

        Criterion(result, "capacity").Value.ShouldBe(0m);
        result.Eligible.ShouldBeFalse();
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("unit:pcs");
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
    public void Score_RequiredCertificateExpiresBeforeNeededBy_IsUnmetNamingTheExpiry()
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
    [InlineData("2027-03-01")]
    [InlineData("2027-03-02")]
    [InlineData(null)]
    public void Score_RequiredCertificateValidOnNeededBy_IsMet(string? validUntil)
    {
        var result = Scorer.Score(Need(required: [CertificationType.ISO9001]), Candidate(certifications: [Cert(CertificationType.ISO9001, validUntil)]));

        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
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

    // ---- preferred / quality certificates ----------------------------------------------------------------------------

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
        criterion.Explanation.ShouldContain("1 of 3 preferred");
        criterion.Explanation.ShouldContain("SMK3");
        result.Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Score_NonePreferred_ScoresTheShareOfTheFiveQualityCertificates()
    {
        // SNI, ISO9001, ISO14001, ISO45001, SMK3 count; Halal and TKDN do not: 2 of 5 = 0.4 → 4 points
        var result = Scorer.Score(
            Need(),
            Candidate(certifications: [Cert(CertificationType.ISO9001), Cert(CertificationType.SNI, "2030-01-01"), Cert(CertificationType.Halal), Cert(CertificationType.TKDN, tkdn: 50)]));

        MatchScorer.QualityCertificates.Count.ShouldBe(5);
        var criterion = Criterion(result, "certifications");
        criterion.Value.ShouldBe(0.4m);
        criterion.Points.ShouldBe(4m);
        criterion.Explanation.ShouldContain("2 of 5 quality certificate(s)");
    }

    [Fact]
    public void Score_NoCertificates_ScoresZeroCertifications()
    {
        var criterion = Criterion(Scorer.Score(Need(), Candidate(certifications: [])), "certifications");

        criterion.Value.ShouldBe(0m);
        criterion.Points.ShouldBe(0m);
    }

    // ---- location, track record, verification ------------------------------------------------------------------------

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
    public void Score_NoTrackRecord_IsTheNeutralPrior()
    {
        // (3 × 2 + 0) / (2 + 0) = 3 → (3 − 1) / 4 = 0.5 → 10 × 0.5 = 5 points
        var criterion = Criterion(Scorer.Score(Need(), Candidate(trackRecord: TrackRecord.None)), "trackRecord");

        criterion.Value.ShouldBe(0.5m);
        criterion.Points.ShouldBe(5m);
        criterion.Explanation.ShouldContain("no completed partnerships");
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
        // Need: KBLI 25111 "Fabrikasi rak gudang" / "Rak baja untuk gudang pabrik" / [las, baja], 30 ton, partial supply
        // allowed, ISO9001 required, SMK3 + ISO14001 + ISO45001 preferred, TKDN ≥ 40, industry in Citangkil.
        // Candidate: capability 25119 "Rak baja ringan" 7 ton/month; ISO9001 (no expiry), SMK3 (valid), ISO14001 (expired
        // 2027-01-01), TKDN 45%; in Grogol; verified; 2 completed partnerships rated 5 and 4.
        //
        // category       KBLI 25119 vs 25111: 4 digits → 0.75           × 30 = 22.50
        // capabilityText need {baja, fabrikasi, gudang, las, rak}, capability {baja, rak, ringan}:
        //                2 shared / min(5, 3) = 0.6667                  × 20 = 13.334 → 13.33
        // capacity       7 / 30 = 0.23333 → 0.2333                      × 15 = 3.4995 → 3.50
        // certifications SMK3 of {ISO14001, ISO45001, SMK3} → 1/3 = 0.3333 × 10 = 3.333 → 3.33
        // location       Grogol, industry in Citangkil → 0.7            × 10 = 7.00
        // trackRecord    (3·2 + 9) / (2 + 2) = 3.75 → (3.75 − 1) / 4 = 0.6875 × 10 = 6.875 → 6.88
        // verification   verified → 1                                   × 5 = 5.00
        // total          22.50 + 13.33 + 3.50 + 3.33 + 7.00 + 6.88 + 5.00 = 61.54 (weights add up to 100)
        var need = Need(
            volume: 30,
            unit: CapacityUnit.Ton,
            required: [CertificationType.ISO9001],
            preferred: [CertificationType.SMK3, CertificationType.ISO14001, CertificationType.ISO45001],
            minTkdn: 40,
            partial: true);
        var candidate = Candidate(
            [Capability("25119", 7, CapacityUnit.Ton)],
            [Cert(CertificationType.ISO9001), Cert(CertificationType.SMK3, "2028-06-30"), Cert(CertificationType.ISO14001, "2027-01-01"), Cert(CertificationType.TKDN, "2029-01-01", 45)],
            Kecamatan.Grogol,
            verified: true,
            trackRecord: new TrackRecord(2, 9));

        var result = Scorer.Score(need, candidate);

        result.Breakdown.Select(c => (c.Criterion, c.Weight, c.Value, c.Points)).ShouldBe(
        [
            ("category", 30m, 0.75m, 22.5m),
            ("capabilityText", 20m, 0.6667m, 13.33m),
            ("capacity", 15m, 0.2333m, 3.5m),
            ("certifications", 10m, 0.3333m, 3.33m),
            ("location", 10m, 0.7m, 7m),
            ("trackRecord", 10m, 0.6875m, 6.88m),
            ("verification", 5m, 1m, 5m),
        ]);
        result.Score.ShouldBe(61.54m);
        result.Eligible.ShouldBeTrue();
        result.Unmet.ShouldBeEmpty();
        Criterion(result, "capabilityText").Explanation.ShouldBe("'Rak baja ringan' shares 2 word(s) with the need: baja, rak");
        Criterion(result, "category").Explanation.ShouldBe("KBLI 25119 shares the class 2511 with 25111");
        Criterion(result, "trackRecord").Explanation.ShouldBe("2 completed partnership(s) rated 4.5 on average; 3.75 of 5 with the neutral prior");
    }

    [Fact]
    public void Score_PerfectCandidate_Scores100()
    {
        var result = Scorer.Score(
            Need(),
            Candidate(
                [Capability(name: "Fabrikasi rak gudang baja", description: "las")],
                [.. MatchScorer.QualityCertificates.Select(t => Cert(t))],
                verified: true,
                trackRecord: new TrackRecord(10, 50)));

        // track record: (6 + 50) / 12 = 4.6667 → 3.6667 / 4 = 0.91667 → 0.9167 × 10 = 9.167 → 9.17
        result.Breakdown.Select(c => c.Value).ShouldBe([1m, 1m, 1m, 1m, 1m, 0.9167m, 1m]);
        result.Score.ShouldBe(99.17m);
    }

    private static readonly Dictionary<string, CandidateToMatch> VariedCandidates = new(StringComparer.Ordinal)
    {
        ["bare"] = Candidate(),
        ["short, outside"] = Candidate([Capability("25920", 1, CapacityUnit.Pcs)], kecamatan: Kecamatan.Outside),
        ["other unit"] = Candidate([Capability("25111", 3, CapacityUnit.Kg)], [Cert(CertificationType.SNI, "2027-03-01")]),
        ["thirds"] = Candidate([Capability("25113", 1, CapacityUnit.Pcs, "rak baja las gudang lemari kursi")], [Cert(CertificationType.TKDN, tkdn: 33.333m)], trackRecord: new TrackRecord(3, 7)),
        ["rich"] = Candidate([Capability(), Capability("25119", 10)], [Cert(CertificationType.SNI), Cert(CertificationType.ISO45001), Cert(CertificationType.TKDN, tkdn: 20)], verified: true, trackRecord: new TrackRecord(7, 30)),
    };

    [Theory]
    [InlineData("bare")]
    [InlineData("short, outside")]
    [InlineData("other unit")]
    [InlineData("thirds")]
    [InlineData("rich")]
    public void Score_Always_HasTheSevenCriteriaAndPointsAddUpToTheScore(string label)
    {
        var result = Scorer.Score(Need(minTkdn: 20, required: [CertificationType.SNI]), VariedCandidates[label]);

        result.Breakdown.Select(c => c.Criterion).ShouldBe(SevenCriteria, label);
        result.Score.ShouldBe(result.Breakdown.Sum(c => c.Points), label);
        result.Score.ShouldBeInRange(0m, 100m, label);
        result.Breakdown.ShouldAllBe(c => c.Value >= 0m && c.Value <= 1m && c.Points == Math.Round(c.Points, 2));
        result.Breakdown.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Explanation));
        result.Eligible.ShouldBe(result.Unmet.Count == 0, label);
    }

    // ---- weights -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("25111", 100.0)]
    [InlineData("25119", 75.0)]
    [InlineData("25120", 50.0)]
    [InlineData("25200", 25.0)]
    public void Score_AllWeightOnCategory_ScoreIsTheCategoryShare(string capabilityKbli, double expected)
    {
        var scorer = new MatchScorer(new MatchWeights(1, 0, 0, 0, 0, 0, 0));

        var result = scorer.Score(Need(), Candidate([Capability(capabilityKbli)], [Cert(CertificationType.ISO9001)], verified: true));

        result.Score.ShouldBe((decimal)expected);
        result.Breakdown.Where(c => c.Criterion != "category").ShouldAllBe(c => c.Points == 0m);
        result.Breakdown.Select(c => c.Criterion).ShouldBe(SevenCriteria);
    }

    [Fact]
    public void Score_WeightsNotAddingTo100_NormaliseByTheirSum()
    {
        // weights category 1, capabilityText 1, rest 0: category 0.75 → 100·1·0.75/2 = 37.5; text 0.6667 → 100·1·0.6667/2 = 33.335 → 33.34
        var scorer = new MatchScorer(new MatchWeights(1, 1, 0, 0, 0, 0, 0));

        var result = scorer.Score(Need(), Candidate([Capability("25119")]));

        Criterion(result, "category").Points.ShouldBe(37.5m);
        Criterion(result, "capabilityText").Points.ShouldBe(33.34m);
        result.Score.ShouldBe(70.84m);
    }

    [Fact]
    public void Score_ScaledDefaultWeights_GiveTheSameScore()
    {
        var doubled = new MatchScorer(new MatchWeights(60, 40, 30, 20, 20, 20, 10));
        var candidate = Candidate([Capability("25119", 300)], [Cert(CertificationType.SNI)], Kecamatan.Outside, verified: true);

        doubled.Score(Need(partial: true), candidate).Score.ShouldBe(Scorer.Score(Need(partial: true), candidate).Score);
    }

    [Fact]
    public void Score_MoreWeightOnVerification_RanksTheVerifiedCandidateHigher()
    {
        var exactUnverified = Candidate([Capability("25111")]);
        var divisionVerified = Candidate([Capability("25200")], verified: true);
        var verificationHeavy = new MatchScorer(new MatchWeights(30, 20, 15, 10, 10, 10, 100));

        Scorer.Score(Need(), exactUnverified).Score.ShouldBeGreaterThan(Scorer.Score(Need(), divisionVerified).Score);
        verificationHeavy.Score(Need(), divisionVerified).Score.ShouldBeGreaterThan(verificationHeavy.Score(Need(), exactUnverified).Score);
    }

    [Fact]
    public void MatchWeights_NegativeOrAllZero_AreProblems()
    {
        MatchWeights.Default.Problems().ShouldBeEmpty();
        MatchWeights.Default.Total.ShouldBe(100m);
        (MatchWeights.Default with { Location = -1 }).Problems().ShouldHaveSingleItem().ShouldContain("location");
        new MatchWeights(0, 0, 0, 0, 0, 0, 0).Problems().ShouldHaveSingleItem().ShouldContain("add up to 0");
    }

    // ---- determinism and the best capability -------------------------------------------------------------------------

    [Fact]
    public void Score_SameInputsTwice_GiveEqualResults()
    {
        var need = Need(required: [CertificationType.ISO9001], preferred: [CertificationType.SMK3], minTkdn: 30);
        CandidateToMatch Build() => Candidate(
            [Capability("25119", 250, name: "Rak gudang baja"), Capability("25120", 900)],
            [Cert(CertificationType.ISO9001, "2027-02-01"), Cert(CertificationType.TKDN, null, 31)],
            Kecamatan.Jombang,
            trackRecord: new TrackRecord(4, 13));

        var first = Scorer.Score(need, Build());
        var second = new MatchScorer(MatchWeights.Default).Score(MatchScorer.Prepare(need), Build());

        second.Score.ShouldBe(first.Score);
        second.Eligible.ShouldBe(first.Eligible);
        second.Breakdown.ShouldBe(first.Breakdown);
        second.Unmet.ShouldBe(first.Unmet);
    }

    [Fact]
    public void Score_CapabilityAndCertificateOrder_DoesNotChangeTheResult()
    {
        var need = Need(required: [CertificationType.ISO9001], partial: true);
        CandidateCapability[] capabilities = [Capability("25120", 900), Capability("25119", 250, name: "Rak gudang baja"), Capability("25119", 100, CapacityUnit.Kg)];
        CandidateCertification[] certifications = [Cert(CertificationType.ISO9001, "2020-01-01"), Cert(CertificationType.ISO9001, "2026-05-05"), Cert(CertificationType.SNI)];

        var forward = Scorer.Score(need, Candidate(capabilities, certifications));
        var backward = Scorer.Score(need, Candidate([.. capabilities.Reverse()], [.. certifications.Reverse()]));

        backward.Breakdown.ShouldBe(forward.Breakdown);
        backward.Unmet.ShouldBe(forward.Unmet);
        forward.Unmet.ShouldHaveSingleItem().Detail.ShouldBe("ISO9001 expires 2026-05-05, before the needed-by date 2027-03-01");
    }

    [Fact]
    public void Score_BestCapability_CloserKbliWinsOverUnitAndText()
    {
        // 25119 in pcs with the need's very words loses to 25111 in kg that shares no word: KBLI agreement comes first.
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25119", 5000, CapacityUnit.Pcs, "Fabrikasi rak gudang baja", "las"),
            Capability("25111", 5000, CapacityUnit.Kg, "Pengecoran logam"),
        ]));

        Criterion(result, "category").Value.ShouldBe(1m);
        Criterion(result, "capabilityText").Value.ShouldBe(0m);
        Criterion(result, "capabilityText").Explanation.ShouldBe("'Pengecoran logam' shares no words with the need");

        // Capacity is not that capability's: it is the largest stated in the need's unit within the division (25119, 5000 pcs).
        Criterion(result, "capacity").Value.ShouldBe(1m);
        Criterion(result, "capacity").Explanation.ShouldBe("capacity 5000 pcs/month covers the 500 needed");
        result.Unmet.ShouldBeEmpty();
    }

    [Fact]
    public void Score_Capacity_OnlyOtherUnitsInTheDivision_IsZeroAndUnmetWithoutPartialSupply()
    {
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25111", 5000, CapacityUnit.Kg, "Fabrikasi rak gudang baja"),
            Capability("33121", 900, CapacityUnit.Pcs, "Reparasi pompa"),
        ]));

        Criterion(result, "capacity").Value.ShouldBe(0m);
        Criterion(result, "capacity").Explanation.ShouldBe("capacity is stated in kg; the need is in pcs");
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("unit:pcs");
    }

    [Fact]
    public void Score_BestCapability_SameKbliPrefersTheNeedsUnitOverText()
    {
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25111", 5000, CapacityUnit.Kg, "Fabrikasi rak gudang baja"),
            Capability("25111", 200, CapacityUnit.Pcs, "Pengecoran logam"),
        ]));

        Criterion(result, "capabilityText").Explanation.ShouldStartWith("'Pengecoran logam'");
        Criterion(result, "capacity").Value.ShouldBe(0.4m);
        result.Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:200<500 pcs");
    }

    [Fact]
    public void Score_BestCapability_SameKbliAndUnitPrefersTheMoreSimilarText()
    {
        var result = Scorer.Score(Need(), Candidate(
        [
            Capability("25111", 5000, CapacityUnit.Pcs, "Pengecoran logam"),
            Capability("25111", 100, CapacityUnit.Pcs, "Rak baja ringan"),
        ]));

        Criterion(result, "capabilityText").Value.ShouldBe(0.6667m);

        // The text is the similar capability's; the capacity is the largest in pcs (5000 of the 500 needed).
        Criterion(result, "capacity").Value.ShouldBe(1m);
    }

    [Fact]
    public void Score_BestCapability_AllElseEqualPrefersTheLargerCapacity()
    {
        var result = Scorer.Score(Need(partial: true), Candidate(
        [
            Capability("25111", 100, CapacityUnit.Pcs, "Rak baja ringan"),
            Capability("25111", 400, CapacityUnit.Pcs, "Rak baja ringan"),
        ]));

        Criterion(result, "capacity").Value.ShouldBe(0.8m);
    }
}
