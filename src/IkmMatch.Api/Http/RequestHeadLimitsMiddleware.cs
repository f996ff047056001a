using IkmMatch.Api.ErrorHandling;

namespace IkmMatch.Api.Http;

/// <summary>
/// The limits on a request's target and headers, answered as problems with the security headers like every other
/// answer. Kestrel's own limits are set well above these (<see cref="RequestLimits"/>), so that it is this middleware, not
/// the server's bare 414 and 431, that refuses requests between the two; only requests too malformed or too large for
/// Kestrel to read at all get its plain answer.
/// </summary>
internal sealed class RequestHeadLimitsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        var target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > RequestLimits.MaxTargetLength)
        {
            await problems.WriteProblemAsync(context, StatusCodes.Status414UriTooLong, "URI too long",
                $"The request target (path and query) is longer than {RequestLimits.MaxTargetLength:N0} characters.");
            return;
        }

        long headerBytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headerBytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        if (request.Headers.Count > RequestLimits.MaxHeaderCount || headerBytes > RequestLimits.MaxHeaderBytes)
        {
            await problems.WriteProblemAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large",
                $"Send at most {RequestLimits.MaxHeaderCount} headers of at most {RequestLimits.MaxHeaderBytes:N0} bytes in all.");
            return;
        }

        await next(context);
    }
}
