using BenchmarkDotNet.Attributes;
using IkmMatch.Domain.Matching;

namespace IkmMatch.Benchmarks;

/// <summary>
/// <see cref="MatchScorer"/> alone, without the database: the time and allocations to rank one candidate for a
/// typical need (a structural-steel fabrication need, a workshop with two capabilities in the division and three
/// certificates) with numbers only (<see cref="MatchScorer.Evaluate"/>, what a match does for every candidate it
/// looks at), to score and explain it (<see cref="MatchScorer.Score(PreparedNeed, CandidateToMatch)"/>, what it does
/// for the ones it returns), and both over 1,000 candidates of a division (÷ 1,000 for the cost per candidate).
/// </summary>
[MemoryDiagnoser]
public class ScorerBenchmarks
{
    private readonly MatchScorer _scorer = new(MatchWeights.Default);
    private NeedToMatch _need = null!;
    private PreparedNeed _prepared = null!;
    private CandidateToMatch _typical = null!;
    private CandidateToMatch[] _thousand = [];

    [GlobalSetup]
    public void Setup()
    {
        _need = SampleData.TypicalNeed();
        _prepared = _scorer.Prepare(_need);
        _typical = SampleData.TypicalCandidate();
        _thousand = SampleData.Candidates(1_000, seed: 42);
    }

    /// <summary>One candidate ranked with numbers only against a need prepared once (the per-candidate cost inside a match request).</summary>
    [Benchmark(Baseline = true)]
    public MatchValue EvaluateOneCandidate() => _scorer.Evaluate(_prepared, _typical);

    /// <summary>One candidate scored and explained against a need prepared once (each candidate a match returns).</summary>
    [Benchmark]
    public MatchResult ScoreOneCandidate() => _scorer.Score(_prepared, _typical);

    /// <summary>One candidate, preparing the need's words too (<c>Score(NeedToMatch, …)</c>).</summary>
    [Benchmark]
    public MatchResult ScoreOneCandidateUnprepared() => _scorer.Score(_need, _typical);

    /// <summary>Prepare the need once, then rank 1,000 candidates of its division with numbers only.</summary>
    [Benchmark]
    public decimal Evaluate1000Candidates()
    {
        var prepared = _scorer.Prepare(_need);
        var total = 0m;
        foreach (var candidate in _thousand)
        {
            total += _scorer.Evaluate(prepared, candidate).Score;
        }

        return total;
    }

    /// <summary>Prepare the need once, then score and explain 1,000 candidates of its division.</summary>
    [Benchmark]
    public decimal Score1000Candidates()
    {
        var prepared = _scorer.Prepare(_need);
        var total = 0m;
        foreach (var candidate in _thousand)
        {
            total += _scorer.Score(prepared, candidate).Score;
        }

        return total;
    }
}
