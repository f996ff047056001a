namespace IkmMatch.Api;

internal static class RequestLimits
{
    /// <summary>The largest request body the API reads: 1 MB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The longest request target (path and query) the API reads; longer is a 414 problem.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>The most request headers the API reads, and their size in all; more is a 431 problem.</summary>
    public const int MaxHeaderCount = 100;

    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's own limits, far above the API's, so that the API answers (with a problem) rather than the server.</summary>
    public const int ServerMaxRequestLineBytes = 64 * 1024;

    public const int ServerMaxHeaderBytes = 256 * 1024;

    public const int ServerMaxHeaderCount = 1000;
}
