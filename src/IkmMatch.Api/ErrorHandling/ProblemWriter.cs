using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Api.ErrorHandling;

/// <summary>Answers a request with a problem from middleware, where no exception reaches <see cref="ApiExceptionHandler"/>.</summary>
internal static class ProblemWriter
{
    /// <summary>Sets the status and writes the RFC 9457 problem (type, instance and traceId are added as for every problem).</summary>
    public static Task WriteProblemAsync(this IProblemDetailsService problems, HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiExceptionHandler.Problem(status, title, detail),
        }).AsTask();
    }

    /// <summary>As above, with the detail said in the caller's language.</summary>
    public static Task WriteProblemAsync(this IProblemDetailsService problems, HttpContext context, int status, string title, Text detail) =>
        problems.WriteProblemAsync(context, status, title, detail.Say());
}
