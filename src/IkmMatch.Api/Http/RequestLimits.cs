namespace IkmMatch.Api;

internal static class RequestLimits
{
    /// <summary>The largest request body the API reads: 1 MB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;
}
