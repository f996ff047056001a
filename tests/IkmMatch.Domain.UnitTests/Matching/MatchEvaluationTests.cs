using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="MatchScorer.Evaluate"/> (numbers only, for ranking a whole division) and
/// <see cref="TextSimilarity.Similarity"/> (words compared in place) against the explained score and the word sets:
/// the same figures for thousands of generated needs and candidates, and nothing allocated.
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
    ];

    private static readonly CertificationType[] Types = Enum.GetValues<CertificationType>();
    private static readonly Kecamatan[] Places = Enum.GetValues<Kecamatan>();
    private static readonly CapacityUnit[] Units = [CapacityUnit.Pcs, CapacityUnit.Ton, CapacityUnit.Kg];
    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    [Fact]
    public void Similarity_EveryPairOfTexts_EqualsCompareOfTheWordSets()
    {
        foreach (var needText in Texts)
        {
            var needWords = TextSimilarity.Words(needText, "baja");
            var lookup = new NeedWords(needWords);
            foreach (var name in Texts)
            {
                foreach (var description in (string?[])[null, "", Texts[^1], name, "Rak baja ringan"])
                {
                    var expected = TextSimilarity.Compare(needWords, TextSimilarity.Words(name, description)).Similarity;

                    TextSimilarity.Similarity(lookup, name, description).ShouldBe(expected, $"need '{needText}', capability '{name}' / '{description}'");
                }
            }
        }
    }

    [Fact]
    public void Evaluate_GeneratedNeedsAndCandidates_GivesTheScoreAndEligibilityOfScore()
    {
        var random = new Random(20261128);
        var weights = new[] { MatchWeights.Default, new MatchWeights(1, 7, 0, 3, 2.5m, 11, 0.5m) };
        var compared = 0;
        var eligible = 0;
        for (var n = 0; n < 60; n++)
        {
            var need = RandomNeed(random);
            var prepared = MatchScorer.Prepare(need);
            var scorer = new MatchScorer(weights[n % weights.Length]);
            for (var c = 0; c < 100; c++)
            {
                var candidate = RandomCandidate(random, need.Kbli);
                var explained = scorer.Score(prepared, candidate);

                var value = scorer.Evaluate(prepared, candidate);

                value.Score.ShouldBe(explained.Score);
                value.Eligible.ShouldBe(explained.Eligible);
                compared++;
                eligible += value.Eligible ? 1 : 0;
            }
        }

        compared.ShouldBe(6_000);
        eligible.ShouldBeInRange(300, 5_700); // both outcomes are well represented
    }

    [Fact]
    public void Evaluate_AfterWarmUp_AllocatesNothing()
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var random = new Random(7);
        var need = RandomNeed(random) with { PreferredCertifications = [CertificationType.ISO9001, CertificationType.SMK3] };
        var prepared = MatchScorer.Prepare(need);
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
        [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => new CandidateCapability(
            random.Next(4) == 0 ? needKbli : Kbli(random, random.Next(6) == 0 ? "10" : needKbli[..2]),
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
