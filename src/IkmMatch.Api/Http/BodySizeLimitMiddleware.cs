using IkmMatch.Api.ErrorHandling;
using IkmMatch.Domain.Common;
using Microsoft.AspNetCore.Http.Features;

namespace IkmMatch.Api.Http;

/// <summary>
/// Refuses a declared body over <see cref="RequestLimits.MaxBodyBytes"/> with 413 before anything reads it, and caps
/// bodies of unknown length at the same size (the server then fails the read with 413).
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            await problems.WriteProblemAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                "Request body too large",
                new Text("problem.bodyTooLarge", RequestLimits.MaxBodyBytes));
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        }

        await next(context);
    }
}
