using IkmMatch.Api.Http;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.GetNeedMatches;
using IkmMatch.Application.Needs;
using IkmMatch.Application.Needs.CancelNeed;
using IkmMatch.Application.Needs.CloseNeed;
using IkmMatch.Application.Needs.CreateNeed;
using IkmMatch.Application.Needs.GetNeed;
using IkmMatch.Application.Needs.ListNeeds;
using IkmMatch.Application.Needs.UpdateNeed;
using IkmMatch.Domain.Needs;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>Procurement needs and their matches: <c>/api/v1/needs</c>.</summary>
public static class NeedEndpoints
{
    public static IEndpointRouteBuilder MapNeedEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/needs").WithTags("Needs").RequireEnumNamesInQuery();

        group.MapPost("/", Create)
            .WithName("CreateNeed")
            .WithSummary("Post a procurement need")
            .WithDescription("A large industry states what it wants to buy. The industry must exist and be active; neededBy must be after today.")
            .Accepts<NeedRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListNeeds")
            .WithSummary("List procurement needs")
            .WithDescription("Needs, newest first, filtered by industry, status or KBLI prefix.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetNeed")
            .WithSummary("Get one procurement need")
            .WithDescription("Returns the need, whatever its status, with an ETag for If-Match.")
            .ProducesProblems(404);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateNeed")
            .WithSummary("Replace an open need")
            .WithDescription("Replaces the details of an Open need (409 otherwise). The industry cannot change. Honours If-Match.")
            .Accepts<NeedRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);

        group.MapPost("/{id:guid}/close", Close)
            .WithName("CloseNeed")
            .WithSummary("Close an open need")
            .WithDescription("Body optional: { \"fulfilled\": true } marks it Fulfilled, otherwise it is Closed. Only an Open need can be closed.")
            .Accepts<CloseNeedRequest>(isOptional: true, EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 415);

        group.MapPost("/{id:guid}/cancel", Cancel)
            .WithName("CancelNeed")
            .WithSummary("Cancel an open need")
            .WithDescription("Only an Open need can be cancelled.")
            .ProducesProblems(404, 409, 412);

        group.MapGet("/{id:guid}/matches", Matches)
            .WithName("GetNeedMatches")
            .WithSummary("Rank IKM for a need, explained")
            .WithDescription("""
                Candidates are the active IKM with a capability in the need's KBLI division. Eligible ones (every required
                certificate valid on neededBy, TKDN at least the minimum, enough capacity in the same unit unless partial supply
                is allowed) come first, by score (0–100) then IKM id. Every criterion is in the breakdown with its weight, value,
                points and a plain explanation; the points add up to the score. includeIneligible=true adds the ineligible
                candidates after them, each with the requirements it does not meet.
                """)
            .ProducesProblems(400, 404)
            .AsCostly();

        return app;
    }

    private static async Task<Created<NeedResponse>> Create(
        [FromBody] NeedRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateNeedCommand(body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/needs/{result.Value.Id}", result.Value);
    }

    private static async Task<Ok<PagedList<NeedResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] Guid? industryId = null,
        [FromQuery] NeedStatus? status = null,
        [FromQuery] string? kbli = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListNeedsQuery(industryId, status, kbli, page, pageSize), cancellationToken));

    private static async Task<Ok<NeedResponse>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetNeedQuery(id), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<NeedResponse>> Update(
        Guid id,
        [FromBody] NeedRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UpdateNeedCommand(id, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<NeedResponse>> Close(
        Guid id,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken,
        [FromBody] CloseNeedRequest? body = null)
    {
        var result = await mediator.Send(new CloseNeedCommand(id, body?.Fulfilled ?? false, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<NeedResponse>> Cancel(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CancelNeedCommand(id, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<NeedMatchesResponse>> Matches(
        Guid id,
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] int limit = 20,
        [FromQuery] bool includeIneligible = false) =>
        TypedResults.Ok(await mediator.Send(new GetNeedMatchesQuery(id, limit, includeIneligible), cancellationToken));
}
