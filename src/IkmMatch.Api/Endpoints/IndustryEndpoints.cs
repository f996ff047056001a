using IkmMatch.Api.Http;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Industries;
using IkmMatch.Application.Industries.ArchiveIndustry;
using IkmMatch.Application.Industries.CreateIndustry;
using IkmMatch.Application.Industries.GetIndustry;
using IkmMatch.Application.Industries.ListIndustries;
using IkmMatch.Application.Industries.SyncIndustry;
using IkmMatch.Application.Industries.UpdateIndustry;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>The large-industry registry: <c>/api/v1/industries</c>.</summary>
public static class IndustryEndpoints
{
    public static IEndpointRouteBuilder MapIndustryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/industries").WithTags("Industries").RequireEnumNamesInQuery();

        group.MapPost("/", Create)
            .WithName("CreateIndustry")
            .WithSummary("Register a large industry")
            .WithDescription("Registers a large industry (a buyer). The NIB must be new among industries.")
            .Accepts<IndustryRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListIndustries")
            .WithSummary("List active large industries")
            .WithDescription("Active large industries ordered by name, filtered by name or NIB (q), kecamatan (name or Kemendagri code, e.g. Citangkil or 36.72.08) or sector.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetIndustry")
            .WithSummary("Get one large industry")
            .WithDescription("Returns the industry, archived ones included, with an ETag for If-Match.")
            .ProducesProblems(404);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateIndustry")
            .WithSummary("Replace a large industry's profile")
            .WithDescription("Replaces the profile. Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .Accepts<IndustryRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);

        group.MapPut("/by-nib/{nib}", Sync)
            .WithName("SyncIndustry")
            .WithSummary("Create or replace the large industry with this NIB")
            .WithDescription("For other government systems: creates the industry with this NIB (201, with Location) or replaces its profile (200); the body's nib must be the NIB in the address. A replace that changes nothing keeps the version and ETag. If-Match guards a replace (412 when it no longer holds, and when it names a version of an industry that does not exist); Idempotency-Key makes a retry replay the first answer. An archived industry is a 409.")
            .Accepts<IndustryRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415)
            .WithIdempotencyKey();

        group.MapDelete("/{id:guid}", Archive)
            .WithName("ArchiveIndustry")
            .WithSummary("Archive a large industry")
            .WithDescription("Takes the industry out of the lists. It keeps its id and history, and GET still shows it as Archived.")
            .ProducesProblems(404, 412);

        return app;
    }

    private static async Task<Created<IndustryResponse>> Create(
        [FromBody] IndustryRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateIndustryCommand(body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/industries/{result.Value.Id}", result.Value);
    }

    private static async Task<Ok<PagedList<IndustryResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] string? q = null,
        [FromQuery] string? kecamatan = null,
        [FromQuery] string? sector = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20)
    {
        var result = await mediator.Send(new ListIndustriesQuery(q, KecamatanQuery.Parse(kecamatan), sector, page, pageSize), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<IndustryResponse>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIndustryQuery(id), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<IndustryResponse>> Update(
        Guid id,
        [FromBody] IndustryRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UpdateIndustryCommand(id, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Results<Created<IndustryResponse>, Ok<IndustryResponse>>> Sync(
        string nib,
        [FromBody] IndustryRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SyncIndustryCommand(nib, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Record.Version);
        var industry = result.Record.Value;
        return result.Created ? TypedResults.Created($"/api/v1/industries/{industry.Id}", industry) : TypedResults.Ok(industry);
    }

    private static async Task<NoContent> Archive(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveIndustryCommand(id, ETags.FromIfMatch(ifMatch)), cancellationToken);
        return TypedResults.NoContent();
    }
}
