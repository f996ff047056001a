namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>For what another process or a notification brings about: asks again, each time a real request, with no waiting in between.</summary>
internal static class Eventually
{
    /// <summary>How long a change may take to be heard before a test gives up.</summary>
    public static readonly TimeSpan Heard = TimeSpan.FromSeconds(20);

    /// <summary>Asks until <paramref name="done"/> holds or <see cref="Heard"/> has passed.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + Heard;
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return true;
            }
        }

        return false;
    }
}
