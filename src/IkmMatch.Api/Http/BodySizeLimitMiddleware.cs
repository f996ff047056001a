using IkmMatch.Api.ErrorHandling;
using IkmMatch.Domain.Common;

namespace IkmMatch.Api.Http;

/// <summary>
/// Refuses a declared body over <see cref="RequestLimits.MaxBodyBytes"/> (the import's own limit there) with 413 before anything reads it, and caps
/// bodies of unknown length at the same size (the server then fails the read with 413).
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var max = RequestLimits.MaxBodyBytesFor(context);
        if (context.Request.ContentLength > max)
        {
            await problems.WriteProblemAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                "Request body too large",
                new Text("problem.bodyTooLarge", max));
            return;
        }

        RequestLimits.ApplyTo(context);

        await next(context);
    }
}
