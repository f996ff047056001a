using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;

namespace IkmMatch.Api.Auth;

/// <summary>
/// Checks the caller's role against the access matrix as soon as the route is known, before the body is read, so a
/// caller who may not use a route gets a 403 whatever it sent (not a 400 about a body it should not be sending). Each
/// route's name is its operation; the use case checks the same row again, and the record itself.
/// </summary>
internal sealed class RoleGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ICurrentActor actor)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name
            && Enum.TryParse<Operation>(name.EndpointName, out var operation))
        {
            actor.Demand(operation);
        }

        return next(context);
    }
}
