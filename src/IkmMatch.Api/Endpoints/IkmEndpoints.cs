using IkmMatch.Api.Exchange;
using IkmMatch.Api.Http;
using IkmMatch.Application.Alerts;
using IkmMatch.Application.Alerts.ListIkmAlerts;
using IkmMatch.Application.Alerts.ReadIkmAlert;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Ikms.ArchiveIkm;
using IkmMatch.Application.Ikms.CreateIkm;
using IkmMatch.Application.Ikms.ExportIkms;
using IkmMatch.Application.Ikms.GetIkm;
using IkmMatch.Application.Ikms.ImportIkms;
using IkmMatch.Application.Ikms.ListIkms;
using IkmMatch.Application.Ikms.SyncIkm;
using IkmMatch.Application.Ikms.UpdateIkm;
using IkmMatch.Application.Ikms.VerifyIkm;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.GetIkmOpportunities;
using IkmMatch.Application.Programmes;
using IkmMatch.Application.Programmes.GetIkmUnlocks;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace IkmMatch.Api.Endpoints;

/// <summary>The IKM registry: <c>/api/v1/ikms</c>.</summary>
public static class IkmEndpoints
{
    public static IEndpointRouteBuilder MapIkmEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/ikms").WithTags("IKM").RequireEnumNamesInQuery();

        group.MapPost("/", Create)
            .WithName("CreateIkm")
            .WithSummary("Register an IKM")
            .WithDescription("Registers a small or medium industry with its capabilities and certificates. The NIB must be new to the registry.")
            .Accepts<IkmRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListIkms")
            .WithSummary("List active IKM")
            .WithDescription("Active IKM ordered by name, filtered by name or NIB (q), kecamatan (name or Kemendagri code, e.g. Ciwandan or 36.72.04), KBLI prefix, a certificate valid today, or verification.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetIkm")
            .WithSummary("Get one IKM")
            .WithDescription("Returns the IKM, archived ones included, with an ETag for If-Match.")
            .ProducesProblems(404);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateIkm")
            .WithSummary("Replace an IKM's profile")
            .WithDescription("Replaces the profile, capabilities and certificates. Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .Accepts<IkmRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);

        group.MapDelete("/{id:guid}", Archive)
            .WithName("ArchiveIkm")
            .WithSummary("Archive an IKM")
            .WithDescription("Takes the IKM out of lists and matching. It keeps its id and history, and GET still shows it as Archived.")
            .ProducesProblems(404, 412);

        group.MapPost("/{id:guid}/verify", Verify)
            .WithName("VerifyIkm")
            .WithSummary("Mark an IKM verified")
            .WithDescription("Disperindag has checked the IKM's data. Sets verified and verifiedAt; verifying again changes nothing.")
            .ProducesProblems(404, 409, 412);

        group.MapPut("/by-nib/{nib}", Sync)
            .WithName("SyncIkm")
            .WithSummary("Create or replace the IKM with this NIB")
            .WithDescription("For other government systems keeping their registry and IkmMatch's the same: creates the IKM with this NIB (201, with Location) or replaces its profile, capabilities and certificates (200); the body's nib must be the NIB in the address. A replace that changes nothing keeps the version and ETag. If-Match guards a replace (412 when it no longer holds, and when it names a version of an IKM that does not exist); Idempotency-Key makes a retry replay the first answer. An archived IKM is a 409.")
            .Accepts<IkmRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415)
            .WithIdempotencyKey();

        group.MapPost("/import", Import)
            .WithName("ImportIkms")
            .WithSummary("Create or replace up to 10,000 IKM by NIB in one request")
            .WithDescription("The body is NDJSON (application/x-ndjson: one IKM per line, exactly the body of POST /ikms; a line of the export is accepted too) or CSV (text/csv, UTF-8, a header row; columns nib, name, ownerName, email, phone, address, kecamatan (name or Kemendagri code), workforce, capabilities and certifications, the last two a JSON array each as in the JSON body; nib, name, kecamatan and workforce are required; the export's other columns are accepted and ignored). Every row is validated with the rules of the single create and applied on its own: the answer reports each row (row 1 is the first IKM, the CSV header not counted) as Created, Updated, Unchanged (equal to the record: nothing written) or Rejected with its errors, keyed as a 400 problem's. All applied rows commit in one transaction. Sending the same import again changes nothing (every row Unchanged); with Idempotency-Key the first answer is replayed. At most 32 MB.")
            .Accepts<string>(IkmImportReader.NdjsonMediaType, IkmImportReader.CsvMediaType)
            .ProducesProblems(400, 409, 413, 415)
            .WithMetadata(new BodySizeLimitMetadata(RequestLimits.MaxImportBodyBytes))
            .WithIdempotencyKey();

        group.MapGet("/export", Export)
            .WithName("ExportIkms")
            .WithSummary("Stream the registry as NDJSON or CSV")
            .WithDescription("The IKM the filters select (as the list's: q, kecamatan by name or code, kbli prefix, certification valid today, verified; includeArchived=true adds archived IKM), in id order, written as they are read, a page of 500 at a time: format=ndjson (default; each line an IKM as GET /ikms/{id} answers it) or format=csv (the import's columns plus id, kecamatanCode, verified, verifiedAt, verifiedBy, status, createdAt, updatedAt, createdBy, updatedBy). Not a snapshot: an IKM changed while the export runs appears once, in one of its states. A failure midway ends the body early, without its last line.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson", additionalContentTypes: ["text/csv"])
            .ProducesProblems(400);

        group.MapGet("/{id:guid}/opportunities", Opportunities)
            .WithName("GetIkmOpportunities")
            .WithSummary("Rank open needs for an IKM, explained")
            .WithDescription("The open needs in the KBLI divisions of the IKM's capabilities, scored exactly as matches are: eligible ones first, by score then need id, each with its breakdown; includeIneligible=true adds the rest with what the IKM lacks. 409 for an archived IKM.")
            .ProducesProblems(400, 404, 409)
            .AsCostly();

        group.MapGet("/{id:guid}/alerts", Alerts)
            .WithName("ListIkmAlerts")
            .WithSummary("List an IKM's tender alerts")
            .WithDescription("The open needs the IKM ranked among the eligible top of (Alerts:Top, 10 unless configured) when they were posted or changed, or when its own change brought it there: once per need, newest first, with read and readAt; unread=true lists the unread ones only. Each alert is also an outbox event (ikm.alerted).")
            .ProducesProblems(400, 404);

        group.MapPost("/{id:guid}/alerts/{alertId:guid}/read", ReadAlert)
            .WithName("ReadIkmAlert")
            .WithSummary("Mark a tender alert read")
            .WithDescription("The IKM has read the alert; marking it again keeps the first readAt.")
            .ProducesProblems(404);

        group.MapGet("/{id:guid}/unlocks", Unlocks)
            .WithName("GetIkmUnlocks")
            .WithSummary("What a certificate would unlock for an IKM")
            .WithDescription("The open needs the IKM is a candidate for and not eligible for now that it would be eligible for holding the certificate (?certification=SNI), by the same scoring as matches, the largest budget first; alreadyHolds says whether it holds one valid today. 409 for an archived IKM.")
            .ProducesProblems(400, 404, 409)
            .AsCostly();

        return app;
    }

    private static async Task<Created<IkmResponse>> Create(
        [FromBody] IkmRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateIkmCommand(body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/ikms/{result.Value.Id}", result.Value);
    }

    private static async Task<Ok<PagedList<IkmResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] string? q = null,
        [FromQuery] string? kecamatan = null,
        [FromQuery] string? kbli = null,
        [FromQuery] CertificationType? certification = null,
        [FromQuery] bool? verified = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20)
    {
        var result = await mediator.Send(new ListIkmsQuery(q, KecamatanQuery.Parse(kecamatan), kbli, certification, verified, page, pageSize), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<IkmResponse>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIkmQuery(id), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<IkmResponse>> Update(
        Guid id,
        [FromBody] IkmRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UpdateIkmCommand(id, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Results<Created<IkmResponse>, Ok<IkmResponse>>> Sync(
        string nib,
        [FromBody] IkmRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SyncIkmCommand(nib, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Record.Version);
        var ikm = result.Record.Value;
        return result.Created ? TypedResults.Created($"/api/v1/ikms/{ikm.Id}", ikm) : TypedResults.Ok(ikm);
    }

    private static async Task<Ok<ImportReport>> Import(
        HttpRequest request, IMediator mediator, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var rows = await IkmImportReader.ReadAsync(request, json.Value.SerializerOptions, cancellationToken);
        return TypedResults.Ok(await mediator.Send(new ImportIkmsCommand(rows), cancellationToken));
    }

    private static async Task<IResult> Export(
        IMediator mediator,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken,
        [FromQuery] string? format = null,
        [FromQuery] string? q = null,
        [FromQuery] string? kecamatan = null,
        [FromQuery] string? kbli = null,
        [FromQuery] CertificationType? certification = null,
        [FromQuery] bool? verified = null,
        [FromQuery] bool includeArchived = false)
    {
        ExportFormats.Parse(format); // a 400 before anything is read
        var export = await mediator.Send(
            new ExportIkmsQuery(q, KecamatanQuery.Parse(kecamatan), kbli, certification, verified, includeArchived), cancellationToken);
        return new IkmExportWriter(export.Ikms, ExportFormats.Parse(format), json.Value.SerializerOptions);
    }

    private static async Task<NoContent> Archive(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveIkmCommand(id, ETags.FromIfMatch(ifMatch)), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IkmResponse>> Verify(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new VerifyIkmCommand(id, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<UnlocksResponse>> Unlocks(
        Guid id, IMediator mediator, CancellationToken cancellationToken, [FromQuery] CertificationType? certification = null) =>
        TypedResults.Ok(await mediator.Send(new GetIkmUnlocksQuery(id, certification), cancellationToken));

    private static async Task<Ok<OpportunitiesResponse>> Opportunities(
        Guid id,
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] int limit = 20,
        [FromQuery] bool includeIneligible = false) =>
        TypedResults.Ok(await mediator.Send(new GetIkmOpportunitiesQuery(id, limit, includeIneligible), cancellationToken));

    private static async Task<Ok<PagedList<AlertResponse>>> Alerts(
        Guid id,
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] bool? unread = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListIkmAlertsQuery(id, unread, page, pageSize), cancellationToken));

    private static async Task<Ok<AlertResponse>> ReadAlert(Guid id, Guid alertId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReadIkmAlertCommand(id, alertId), cancellationToken));
}
