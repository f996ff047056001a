using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching;

/// <summary>Lets <see cref="MatchingOptions.MaxConcurrentRankings"/> on-the-spot rankings run at once in this process; the others wait their turn.</summary>
public sealed class RankingGate(IOptions<MatchingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Slots(options.Value));

    private static int Slots(MatchingOptions options) =>
        options.MaxConcurrentRankings > 0 ? options.MaxConcurrentRankings : Environment.ProcessorCount;

    /// <summary>Waits for a turn (or the request's end); dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Turn(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
