using IkmMatch.Application.ApiKeys;
using IkmMatch.Application.ApiKeys.IssueApiKey;
using IkmMatch.Application.ApiKeys.ListApiKeys;
using IkmMatch.Application.ApiKeys.RevokeApiKey;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>API keys, managed by admins: <c>/api/v1/api-keys</c>.</summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/api-keys").WithTags("API keys").RequireEnumNamesInQuery();

        group.MapPost("/", Issue)
            .WithName("IssueApiKey")
            .WithSummary("Issue an API key")
            .WithDescription("Issues a key with a role: admin, integration, industry (bound to industryId) or ikm (bound to ikmId). The response carries the secret in `key`, shown this once: only its hash is kept. Send it as the X-Api-Key header. Names are unique and recorded as the actor of what the key does. Idempotency-Key is not honoured here, since a replay would have to keep the secret: a retry with the same name is a 409 and never issues a second key.")
            .Accepts<ApiKeyRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415);

        group.MapGet("/", List)
            .WithName("ListApiKeys")
            .WithSummary("List API keys")
            .WithDescription("Issued keys, newest first, with their first characters, who issued them, their last use (to the minute) and revocation; never a secret. revoked=true or false filters.")
            .ProducesProblems(400);

        group.MapDelete("/{id:guid}", Revoke)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key")
            .WithDescription("The key stops working at once, on every instance. The key stays listed with revokedAt and revokedBy; revoking it again changes nothing.")
            .ProducesProblems(404);

        return app;
    }

    private static async Task<Created<ApiKeyIssuedResponse>> Issue([FromBody] ApiKeyRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new IssueApiKeyCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/api-keys/{result.Id}", result);
    }

    private static async Task<Ok<PagedList<ApiKeyResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] bool? revoked = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(revoked, page, pageSize), cancellationToken));

    private static async Task<NoContent> Revoke(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeApiKeyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
