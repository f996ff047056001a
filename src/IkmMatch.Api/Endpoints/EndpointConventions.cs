using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

internal static class EndpointConventions
{
    public const string JsonContentType = "application/json";
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Documents the problem responses a route can return.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            builder = status == StatusCodes.Status400BadRequest
                ? builder.Produces<HttpValidationProblemDetails>(status, ProblemContentType)
                : builder.Produces<ProblemDetails>(status, ProblemContentType);
        }

        return builder;
    }
}
