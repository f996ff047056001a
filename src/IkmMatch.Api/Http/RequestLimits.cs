namespace IkmMatch.Api;

internal static class RequestLimits
{
    /// <summary>The largest request body the API reads: 1 MB.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The largest body of a bulk import (<c>POST /api/v1/ikms/import</c>): 10,000 IKM of about 3 KB each.</summary>
    public const long MaxImportBodyBytes = 32 * 1024 * 1024;

    /// <summary>The longest request target (path and query) the API reads; longer is a 414 problem.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>The most request headers the API reads, and their size in all; more is a 431 problem.</summary>
    public const int MaxHeaderCount = 100;

    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's own limits, far above the API's, so that the API answers (with a problem) rather than the server.</summary>
    public const int ServerMaxRequestLineBytes = 64 * 1024;

    public const int ServerMaxHeaderBytes = 256 * 1024;

    public const int ServerMaxHeaderCount = 1000;

    /// <summary>The largest body the endpoint of this request reads: its own limit (<see cref="BodySizeLimitMetadata"/>), else <see cref="MaxBodyBytes"/>.</summary>
    public static long MaxBodyBytesFor(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimitMetadata>()?.Bytes ?? MaxBodyBytes;

    /// <summary>Makes the server itself stop reading past the endpoint's limit (a failed read is a 413), while the body is still unread.</summary>
    public static void ApplyTo(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytesFor(context);
        }
    }
}

/// <summary>An endpoint that reads bodies larger than <see cref="RequestLimits.MaxBodyBytes"/>: the bulk import.</summary>
internal sealed record BodySizeLimitMetadata(long Bytes);
