using IkmMatch.Application.Matching;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.UnitTests.Matching;

public sealed class RankingGateTests
{
    [Fact]
    public async Task ARanking_WaitsItsTurn_UntilOneEnds()
    {
        using var gate = new RankingGate(Options.Create(new MatchingOptions { MaxConcurrentRankings = 2 }));
        var first = await gate.EnterAsync(TestContext.Current.CancellationToken);
        var second = await gate.EnterAsync(TestContext.Current.CancellationToken);

        var third = gate.EnterAsync(TestContext.Current.CancellationToken);
        third.IsCompleted.ShouldBeFalse();

        first.Dispose();
        first.Dispose(); // a turn is given back once
        (await third).ShouldNotBeNull();
        gate.EnterAsync(TestContext.Current.CancellationToken).IsCompleted.ShouldBeFalse();
        second.Dispose();
    }

    [Fact]
    public async Task AWaitingRanking_EndsWithItsRequest()
    {
        using var gate = new RankingGate(Options.Create(new MatchingOptions { MaxConcurrentRankings = 1 }));
        using var held = await gate.EnterAsync(TestContext.Current.CancellationToken);
        using var request = new CancellationTokenSource();

        var waiting = gate.EnterAsync(request.Token);
        await request.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => waiting);
    }
}
