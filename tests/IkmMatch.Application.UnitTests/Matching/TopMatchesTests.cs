using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.UnitTests.Matching;

/// <summary>The bounded ranking a match keeps while candidates stream, against sorting everything.</summary>
public sealed class TopMatchesTests
{
    [Fact]
    public void CompareAsText_RandomAndEdgeIds_OrdersAsTheirText()
    {
        var random = new Random(11);
        var ids = Enumerable.Range(0, 2_000).Select(_ =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }).Concat([Guid.Empty, Guid.AllBitsSet, new Guid("7fffffff-ffff-ffff-ffff-ffffffffffff"), new Guid("80000000-0000-0000-0000-000000000000")]).ToList();

        var ordered = ids.OrderBy(i => i, Comparer<Guid>.Create(MatchRanking.CompareAsText)).ToList();

        ordered.ShouldBe(ids.OrderBy(i => i.ToString(), StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(500)]
    public void Offer_ManyScoresWithTies_KeepsTheFirstOfSortingThemAll(int capacity)
    {
        var random = new Random(capacity);
        var offered = Enumerable.Range(0, 300)
            .Select(_ => (Id: Guid.NewGuid(), Value: new MatchValue(random.Next(40, 60) / 2m, random.Next(3) > 0)))
            .ToList();
        var top = new TopMatches<Guid>(capacity, id => id);

        foreach (var (id, value) in offered)
        {
            top.Offer(id, value);
        }

        var expected = offered
            .OrderByDescending(o => o.Value.Eligible)
            .ThenByDescending(o => o.Value.Score)
            .ThenBy(o => o.Id.ToString(), StringComparer.Ordinal)
            .Take(capacity)
            .Select(o => o.Id);
        top.Ranked.Select(r => r.Item).ShouldBe(expected);
    }
}
