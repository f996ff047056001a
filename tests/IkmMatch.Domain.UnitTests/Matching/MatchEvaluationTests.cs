using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Matching.Language;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="MatchScorer.Evaluate"/> (numbers only, for ranking every candidate of a need) against the explained
/// <see cref="MatchScorer.Score(PreparedNeed, CandidateToMatch)"/>: the same figures for thousands of generated needs and
/// candidates, the same candidate rule, and nothing allocated; and the terms stored for the term index against the scorer's.
/// </summary>
public sealed class MatchEvaluationTests
{
    private static readonly string[] Texts =
    [
        "Fabrikasi rak gudang", "Rak baja untuk gudang pabrik", "Rak baja ringan", "Pengelasan rangkanya", "rangka baja",
        "Pipa-pipa baja", "pipe-rack, sandblasting & painting", "Pengecatan tangki dan pipa baja", "Sandblasting dan pengecatan pipa",
        "Katering makanan karyawan", "Nasi kotak untuk rapat", "Pengelasán café RÉSUMÉ", "Jasa pengelasan dan fabrikasi untuk pabrik di Cilegon",
        "dan untuk jasa yang di ke", "las cat SNI 8052 ok", "kapasitasnya besar sekolah masalah", "Perawatan mesin bubut CNC",
        "Seragam kerja (wearpack) dan APD", "Baut, mur & ring galvanis M12–M24", "Konveyor sabuk; roller; idler", "BAJA baja Baja",
        "Ζ ελληνικά 日本語 Ünïcödé ŠKODA", "a b c de", "", "   ", "pengolah limbah B3", "supply of steel plates and pipes",
        "welding of piping", "kain lap dan majun", "alat pelindung diri", "Maintenance HE dan TA", "scaffolding / perancah",
    ];

    private static readonly CertificationType[] Types = Enum.GetValues<CertificationType>();
    private static readonly Kecamatan[] Places = Enum.GetValues<Kecamatan>();
    private static readonly CapacityUnit[] Units = [CapacityUnit.Pcs, CapacityUnit.Dozen, CapacityUnit.Ton, CapacityUnit.Kg, CapacityUnit.Litre, CapacityUnit.M3, CapacityUnit.Set];
    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    [Fact]
    public void Evaluate_GeneratedNeedsAndCandidates_GivesTheScoreAndEligibilityOfScore()
    {
        var random = new Random(20261128);
        var weights = new[] { MatchWeights.Default, new MatchWeights(1, 7, 0, 3, 2.5m, 11), new MatchWeights(10, 30, 30, 30, 30, 30) };
        var compared = 0;
        var eligible = 0;
        var candidates = 0;
        var relevant = 0;
        for (var n = 0; n < 60; n++)
        {
            var need = RandomNeed(random);
            var scorer = new MatchScorer(weights[n % weights.Length]);
            var prepared = scorer.Prepare(need);
            for (var c = 0; c < 100; c++)
            {
                var candidate = RandomCandidate(random, need.Kbli);
                var explained = scorer.Score(prepared, candidate);

                var value = scorer.Evaluate(prepared, candidate);

                value.Score.ShouldBe(explained.Score);
                value.Eligible.ShouldBe(explained.Eligible);
                value.Candidate.ShouldBe(scorer.IsCandidate(prepared, candidate));
                value.Candidate.ShouldBe(IsCandidate(prepared, candidate));
                compared++;
                eligible += value.Eligible ? 1 : 0;
                candidates += value.Candidate ? 1 : 0;
                relevant += explained.Breakdown[0].Value >= 0.3m ? 1 : 0;
            }
        }

        compared.ShouldBe(6_000);
        eligible.ShouldBeInRange(300, 5_700); // both outcomes are well represented
        candidates.ShouldBeInRange(300, 5_700);
        relevant.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Evaluate_AfterWarmUp_AllocatesNothing()
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var random = new Random(7);
        var need = RandomNeed(random) with
        {
            Title = "Pengelasan dan fabrikasi rak gudang",
            Description = "welding of piping, sandblasting & painting",
            MinTkdnPercent = 25,
            RequiredCertifications = [CertificationType.SNI],
            PreferredCertifications = [CertificationType.ISO9001, CertificationType.SMK3],
        };
        var prepared = scorer.Prepare(need);
        var candidates = Enumerable.Range(0, 50).Select(_ => RandomCandidate(random, need.Kbli)).ToArray();
        var total = 0m;
        foreach (var candidate in candidates)
        {
            total += scorer.Evaluate(prepared, candidate).Score;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var candidate in candidates)
        {
            total += scorer.Evaluate(prepared, candidate).Score;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBe(0);
        total.ShouldBeGreaterThan(0m);
    }

    [Fact]
    public void Evaluate_StoredTermsOrAnalysedText_GiveTheSameResult()
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var random = new Random(3);
        for (var n = 0; n < 20; n++)
        {
            var need = RandomNeed(random);
            var prepared = scorer.Prepare(need);
            var analysed = RandomCandidate(random, need.Kbli);
            var stored = analysed with
            {
                Capabilities = [.. analysed.Capabilities.Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit, Stored(c.Name, null), Stored(c.Name, c.Description)))],
            };

            scorer.Evaluate(prepared, stored).ShouldBe(scorer.Evaluate(prepared, analysed));
            scorer.Score(prepared, stored).Breakdown.ShouldBe(scorer.Score(prepared, analysed).Breakdown);
        }
    }

    [Fact]
    public void Evaluate_NeedPreparedForNumbersOnly_GivesTheSameValues_AndCannotBeExplained()
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var random = new Random(11);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string term) => pool.TryAdd(term, term) ? term : pool[term];
        var ids = new TermIds();
        var compared = 0;
        for (var n = 0; n < 40; n++)
        {
            var prepared = scorer.Prepare(RandomNeed(random));
            var numbers = prepared.ForNumbers(Share);
            var numbered = prepared.ForNumbers(Share, ids);

            numbers.Need.Title.ShouldBeEmpty();
            numbers.Need.Description.ShouldBeNull();
            numbers.Terms.TitleTerms.ShouldBeEmpty();
            numbers.Terms.Explainable.ShouldBeFalse();
            numbers.Terms.Primary.ShouldBe(prepared.Terms.Primary);
            numbers.Terms.Secondary.ShouldBe(prepared.Terms.Secondary);
            numbered.Terms.Table!.Ids.ShouldBeInOrder();
            numbered.Terms.Table.Ids.Length.ShouldBe(prepared.Terms.Primary.Count + prepared.Terms.Secondary.Count);
            // One copy of each term: the keys are those of the pool.
            numbers.Terms.Primary.Keys.Concat(numbers.Terms.Secondary.Keys).ShouldAllBe(k => ReferenceEquals(k, pool[k]));
            for (var c = 0; c < 50; c++)
            {
                var candidate = RandomCandidate(random, prepared.Need.Kbli);
                var expected = scorer.Evaluate(prepared, candidate);
                scorer.Evaluate(numbers, candidate).ShouldBe(expected);
                // By numbers: the IKM numbered by the same terms' numbers (its terms no need has are -1).
                scorer.Evaluate(numbered, candidate.WithTermIds(ids)).ShouldBe(expected);
                scorer.Evaluate(numbered, candidate).ShouldBe(expected);
                compared++;
            }

            Should.Throw<InvalidOperationException>(() => scorer.Score(numbers, RandomCandidate(random, prepared.Need.Kbli)));
        }

        compared.ShouldBe(2_000);
        pool.Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void CapabilityTerms_StoredByTheRegistry_AreTheScorersTerms()
    {
        var ikm = Ikm.Register(
            new IkmProfile(
                "9120001234567", "CV Las Jaya", "Siti", null, null, null, Kecamatan.Ciwandan, 12,
                [new CapabilityData("25111", "Jasa pengelasan pipa-pipa", "Welding, sandblasting dan pengecatan tangki", 20, CapacityUnit.Ton)],
                []),
            new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

        var capability = ikm.Capabilities.ShouldHaveSingleItem();
        var scored = new CandidateCapability(capability.Kbli, capability.Name, capability.Description, capability.MonthlyCapacity, capability.Unit);

        capability.NameTerms.ShouldBe(scored.NameTerms);
        capability.Terms.ShouldBe(scored.Terms);
        capability.NameTerms.ShouldBe(["las", "pipa"]);
        capability.Terms.ShouldBe(["cat", "las", "pipa", "sandblast", "tangki"]);
    }

    [Fact]
    public void NeedSearchTerms_StoredForTheTermIndex_AreTheKeysTheScorerSearchesWith()
    {
        var details = new NeedDetails(
            "Pengelasan pipa dan perancah", "Sandblasting dan painting tangki", "25111", ["welding", "APD"], 10, CapacityUnit.Pcs, [], [], null, null, NeededBy, false);
        var need = ProcurementNeed.Post(Guid.NewGuid(), details, new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));

        var prepared = new MatchScorer(MatchWeights.Default).Prepare(need.ToMatch(Kecamatan.Citangkil));

        need.SearchTerms.ShouldBe(prepared.Terms.SearchKeys);
        need.SearchTerms.ShouldBe(["apd", "las", "perancah", "pipa"]); // the title's and keywords', not the description's
    }

    /// <summary>The candidate rule written out: a capability in the need's KBLI division, or one clearly about the job.</summary>
    private static bool IsCandidate(PreparedNeed prepared, CandidateToMatch candidate) =>
        candidate.Capabilities.Any(c => c.Kbli.StartsWith(prepared.Need.Kbli[..2], StringComparison.Ordinal))
        || candidate.Capabilities.Any(c => Relevance.Text(prepared.Terms, c) >= Relevance.CandidateText && c.Terms.Any(prepared.Terms.Primary.ContainsKey));

    private static string[] Stored(string name, string? description) =>
        description is null ? ProcurementLanguage.Default.Terms(name) : ProcurementLanguage.Default.Terms(name, description);

    private static NeedToMatch RandomNeed(Random random)
    {
        var kbli = Kbli(random, "25");
        return new NeedToMatch(
            kbli,
            Pick(random, Texts),
            random.Next(3) == 0 ? null : Pick(random, Texts),
            [.. Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Texts))],
            random.Next(1, 500),
            Pick(random, Units),
            [.. Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Types))],
            [.. Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Types))],
            random.Next(3) == 0 ? random.Next(10, 60) : null,
            NeededBy,
            random.Next(2) == 0,
            Pick(random, Places));
    }

    private static CandidateToMatch RandomCandidate(Random random, string needKbli) => new(
        Guid.NewGuid(),
        Pick(random, Places),
        random.Next(2) == 0,
        [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => new CandidateCapability(
            random.Next(4) == 0 ? needKbli : Kbli(random, random.Next(3) == 0 ? "10" : needKbli[..2]),
            Pick(random, Texts),
            random.Next(2) == 0 ? null : Pick(random, Texts),
            random.Next(4) == 0 ? 100 : random.Next(1, 1000) + (random.Next(3) / 4m),
            Pick(random, Units)))],
        [.. Enumerable.Range(0, random.Next(4)).Select(_ => new CandidateCertification(
            Pick(random, Types),
            random.Next(3) == 0 ? null : NeededBy.AddDays(random.Next(-60, 60)),
            random.Next(2) == 0 ? null : random.Next(0, 90)))],
        random.Next(3) == 0 ? default : new TrackRecord(random.Next(1, 6), random.Next(1, 26)));

    private static string Kbli(Random random, string division) =>
        division + random.Next(0, 2) + random.Next(0, 3) + random.Next(0, 2);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
