using IkmMatch.Api.Http;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Programmes;
using IkmMatch.Application.Programmes.CancelProgramme;
using IkmMatch.Application.Programmes.CompleteProgramme;
using IkmMatch.Application.Programmes.CompleteProgrammeEnrolment;
using IkmMatch.Application.Programmes.CreateProgramme;
using IkmMatch.Application.Programmes.EnrolInProgramme;
using IkmMatch.Application.Programmes.GetProgramme;
using IkmMatch.Application.Programmes.GetProgrammeCandidates;
using IkmMatch.Application.Programmes.ListProgrammeEnrolments;
using IkmMatch.Application.Programmes.ListProgrammes;
using IkmMatch.Application.Programmes.OpenProgramme;
using IkmMatch.Application.Programmes.RecordProgrammeAttendance;
using IkmMatch.Application.Programmes.StartProgramme;
using IkmMatch.Application.Programmes.UpdateProgramme;
using IkmMatch.Application.Programmes.WithdrawProgrammeEnrolment;
using IkmMatch.Domain.Programmes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>Development programmes (pembinaan IKM), their life cycle and their participants: <c>/api/v1/programmes</c>.</summary>
public static class ProgrammeEndpoints
{
    private const string StepNote =
        " A step the current status does not allow is a 409 naming the status and the allowed actions. Honours If-Match; of concurrent steps exactly one wins, the others get 409 (412 with If-Match).";

    private const string EnrolmentNote =
        " Answers the enrolment with the programme's ETag; honours If-Match with it. A step the programme's or the enrolment's status does not allow is a 409.";

    public static IEndpointRouteBuilder MapProgrammeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/programmes").WithTags("Programmes").RequireEnumNamesInQuery();

        group.MapPost("/", Create)
            .WithName("CreateProgramme")
            .WithSummary("Plan a development programme")
            .WithDescription("Training, certification facilitation, machine restructuring, business matching or mentoring, run by Disperindag (no organiserIndustryId) or by an industry (an industry caller names itself). Says what it addresses: the certificates it helps obtain, KBLI divisions and/or topics. Starts Planned.")
            .Accepts<ProgrammeRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListProgrammes")
            .WithSummary("List programmes")
            .WithDescription("The latest start first, filtered by status, kind, organiser or an enrolled IKM. An industry sees the programmes it runs; an IKM the programmes open for enrolment that address its gaps (a certificate it lacks, one of its KBLI divisions) and those it takes part in.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetProgramme")
            .WithSummary("Get one programme with its history")
            .WithDescription("Every step is in the history with its time, actor and note; seatsTaken counts participants enrolled or completed. Carries an ETag for If-Match.")
            .ProducesProblems(404);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateProgramme")
            .WithSummary("Replace a programme's details")
            .WithDescription("Only while Planned or OpenForEnrolment (409 otherwise); seats never below those taken; the organiser stays. Send If-Match with the ETag you read.")
            .Accepts<ProgrammeRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);

        Step<ProgrammeStepRequest>(group, "open", "OpenProgramme", "Open a planned programme for enrolment", optionalBody: true,
            (id, body, pre) => new OpenProgrammeCommand(id, body ?? new ProgrammeStepRequest(), pre));
        Step<ProgrammeStepRequest>(group, "start", "StartProgramme", "Start the programme (enrolment closes)", optionalBody: true,
            (id, body, pre) => new StartProgrammeCommand(id, body ?? new ProgrammeStepRequest(), pre));
        Step<ProgrammeStepRequest>(group, "complete", "CompleteProgramme", "Complete a running programme (the impact report counts from now)", optionalBody: true,
            (id, body, pre) => new CompleteProgrammeCommand(id, body ?? new ProgrammeStepRequest(), pre));
        Step<CancelProgrammeRequest>(group, "cancel", "CancelProgramme", "Cancel a programme that has not completed (reason required)", optionalBody: false,
            (id, body, pre) => new CancelProgrammeCommand(id, body!, pre));

        group.MapGet("/{id:guid}/candidates", Candidates)
            .WithName("GetProgrammeCandidates")
            .WithSummary("IKM the programme should reach, by what it would unlock")
            .WithDescription("IKM not enrolled, of the programme's KBLI divisions, lacking a certificate it addresses, that are candidates but not eligible for open needs it concerns — ranked by the open needs (and budget) that would become eligible if they held the certificates, computed by the same scoring as matches, then by the needs they are blocked from.")
            .ProducesProblems(400, 404)
            .AsCostly();

        group.MapPost("/{id:guid}/enrolments", Enrol)
            .WithName("EnrolInProgramme")
            .WithSummary("Enrol an IKM (an IKM applies itself)")
            .WithDescription("Only while the programme is OpenForEnrolment and a seat is free (409 otherwise; concurrent enrolments for the last seat: exactly one wins). An IKM that withdrew may come back; one enrolled already is a 409. Answers the enrolment, with the programme's ETag.")
            .Accepts<EnrolmentRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/{id:guid}/enrolments", Enrolments)
            .WithName("ListProgrammeEnrolments")
            .WithSummary("List a programme's participants")
            .WithDescription("In the order they enrolled, with attendance and outcome; no owner's contact data. An IKM sees its own enrolment only.")
            .ProducesProblems(400, 404);

        EnrolmentStep<AttendanceRequest>(group, "attendance", "RecordProgrammeAttendance", "Record a participant's attendance", optionalBody: false,
            (id, ikmId, body, pre) => new RecordProgrammeAttendanceCommand(id, ikmId, body!, pre));
        EnrolmentStep<EnrolmentOutcomeRequest>(group, "complete", "CompleteProgrammeEnrolment", "A participant completed: record the outcome (certificate obtained, workforce after, note)", optionalBody: true,
            (id, ikmId, body, pre) => new CompleteProgrammeEnrolmentCommand(id, ikmId, body ?? new EnrolmentOutcomeRequest(), pre));
        EnrolmentStep<WithdrawEnrolmentRequest>(group, "withdraw", "WithdrawProgrammeEnrolment", "A participant withdraws; its seat is free again", optionalBody: true,
            (id, ikmId, body, pre) => new WithdrawProgrammeEnrolmentCommand(id, ikmId, body ?? new WithdrawEnrolmentRequest(), pre));

        return app;
    }

    private static void Step<TBody>(
        RouteGroupBuilder group,
        string action,
        string name,
        string summary,
        bool optionalBody,
        Func<Guid, TBody?, Precondition, ICommand<Versioned<ProgrammeResponse>>> command)
        where TBody : class
    {
        async Task<Ok<ProgrammeResponse>> Handle(
            Guid id,
            [FromHeader(Name = "If-Match")] string? ifMatch,
            IMediator mediator,
            HttpResponse response,
            CancellationToken cancellationToken,
            [FromBody] TBody? body = null)
        {
            var result = await mediator.Send(command(id, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
            ETags.Set(response, result.Version);
            return TypedResults.Ok(result.Value);
        }

        group.MapPost($"/{{id:guid}}/{action}", Handle)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(summary + "." + StepNote)
            .Accepts<TBody>(optionalBody, EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);
    }

    private static void EnrolmentStep<TBody>(
        RouteGroupBuilder group,
        string action,
        string name,
        string summary,
        bool optionalBody,
        Func<Guid, Guid, TBody?, Precondition, ICommand<Versioned<EnrolmentResponse>>> command)
        where TBody : class
    {
        async Task<Ok<EnrolmentResponse>> Handle(
            Guid id,
            Guid ikmId,
            [FromHeader(Name = "If-Match")] string? ifMatch,
            IMediator mediator,
            HttpResponse response,
            CancellationToken cancellationToken,
            [FromBody] TBody? body = null)
        {
            var result = await mediator.Send(command(id, ikmId, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
            ETags.Set(response, result.Version);
            return TypedResults.Ok(result.Value);
        }

        group.MapPost($"/{{id:guid}}/enrolments/{{ikmId:guid}}/{action}", Handle)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(summary + "." + EnrolmentNote)
            .Accepts<TBody>(optionalBody, EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);
    }

    private static async Task<Created<ProgrammeResponse>> Create(
        [FromBody] ProgrammeRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateProgrammeCommand(body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/programmes/{result.Value.Id}", result.Value);
    }

    private static async Task<Ok<PagedList<ProgrammeResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] ProgrammeStatus? status = null,
        [FromQuery] ProgrammeKind? kind = null,
        [FromQuery] Guid? organiserIndustryId = null,
        [FromQuery] Guid? ikmId = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListProgrammesQuery(status, kind, organiserIndustryId, ikmId, page, pageSize), cancellationToken));

    private static async Task<Ok<ProgrammeResponse>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetProgrammeQuery(id), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<ProgrammeResponse>> Update(
        Guid id,
        [FromBody] ProgrammeRequest body,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UpdateProgrammeCommand(id, body, ETags.FromIfMatch(ifMatch)), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<ProgrammeCandidatesResponse>> Candidates(
        Guid id, IMediator mediator, CancellationToken cancellationToken, [FromQuery] int limit = 20) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammeCandidatesQuery(id, limit), cancellationToken));

    private static async Task<Created<EnrolmentResponse>> Enrol(
        Guid id, [FromBody] EnrolmentRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new EnrolInProgrammeCommand(id, body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/programmes/{id}/enrolments/{result.Value.IkmId}", result.Value);
    }

    private static async Task<Ok<PagedList<EnrolmentResponse>>> Enrolments(
        Guid id,
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] EnrolmentStatus? status = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListProgrammeEnrolmentsQuery(id, status, page, pageSize), cancellationToken));
}
