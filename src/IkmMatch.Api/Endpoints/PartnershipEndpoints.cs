using IkmMatch.Api.Http;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Partnerships;
using IkmMatch.Application.Partnerships.AcceptPartnership;
using IkmMatch.Application.Partnerships.ActivatePartnership;
using IkmMatch.Application.Partnerships.CompletePartnership;
using IkmMatch.Application.Partnerships.GetPartnership;
using IkmMatch.Application.Partnerships.ListPartnerships;
using IkmMatch.Application.Partnerships.ProposePartnership;
using IkmMatch.Application.Partnerships.RejectPartnership;
using IkmMatch.Application.Partnerships.TerminatePartnership;
using IkmMatch.Application.Partnerships.WithdrawPartnership;
using IkmMatch.Domain.Partnerships;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>Partnerships (kemitraan) and their life cycle: <c>/api/v1/partnerships</c>.</summary>
public static class PartnershipEndpoints
{
    private const string TransitionNote =
        " An action the current status does not allow is a 409 naming the status and the allowed actions. Honours If-Match; of concurrent steps exactly one wins, the others get 409 (412 with If-Match).";

    public static IEndpointRouteBuilder MapPartnershipEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partnerships").WithTags("Partnerships").RequireEnumNamesInQuery();

        group.MapPost("/", Propose)
            .WithName("ProposePartnership")
            .WithSummary("Propose a partnership")
            .WithDescription("From a need (needId: the industry is the need's, and the match score and breakdown of this moment are kept on the partnership) or directly with an industryId (no score). At most one running partnership per (need, IKM); the need must be Open and the IKM and industry active (409 otherwise). An ineligible IKM may be proposed: the snapshot says so and why.")
            .Accepts<PartnershipRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 409, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListPartnerships")
            .WithSummary("List partnerships")
            .WithDescription("Partnerships, newest first, filtered by status, IKM, industry, need or pattern.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetPartnership")
            .WithSummary("Get one partnership with its history")
            .WithDescription("Every transition is in the history with its time, actor and note. Carries an ETag for If-Match.")
            .ProducesProblems(404);

        Transition<AcceptPartnershipRequest>(group, "accept", "AcceptPartnership", "The IKM accepts a proposal", optionalBody: true,
            (id, body, pre) => new AcceptPartnershipCommand(id, body ?? new AcceptPartnershipRequest(), pre));
        Transition<RejectPartnershipRequest>(group, "reject", "RejectPartnership", "The IKM rejects a proposal (reason required)", optionalBody: false,
            (id, body, pre) => new RejectPartnershipCommand(id, body!, pre));
        Transition<WithdrawPartnershipRequest>(group, "withdraw", "WithdrawPartnership", "The industry withdraws a proposed or accepted partnership", optionalBody: true,
            (id, body, pre) => new WithdrawPartnershipCommand(id, body ?? new WithdrawPartnershipRequest(), pre));
        Transition<ActivatePartnershipRequest>(group, "activate", "ActivatePartnership", "Activate with the signed agreement (contract value, start and end dates)", optionalBody: false,
            (id, body, pre) => new ActivatePartnershipCommand(id, body!, pre));
        Transition<CompletePartnershipRequest>(group, "complete", "CompletePartnership", "Complete with the outcome (rating 1–5, jobs created)", optionalBody: false,
            (id, body, pre) => new CompletePartnershipCommand(id, body!, pre));
        Transition<TerminatePartnershipRequest>(group, "terminate", "TerminatePartnership", "Terminate an active partnership early (reason required)", optionalBody: false,
            (id, body, pre) => new TerminatePartnershipCommand(id, body!, pre));

        return app;
    }

    private static void Transition<TBody>(
        RouteGroupBuilder group,
        string action,
        string name,
        string summary,
        bool optionalBody,
        Func<Guid, TBody?, Precondition, ICommand<Versioned<PartnershipResponse>>> command)
        where TBody : class
    {
        async Task<Ok<PartnershipResponse>> Handle(
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
            .WithDescription(summary + "." + TransitionNote)
            .Accepts<TBody>(optionalBody, EndpointConventions.JsonContentType)
            .ProducesProblems(400, 404, 409, 412, 413, 415);
    }

    private static async Task<Created<PartnershipResponse>> Propose(
        [FromBody] PartnershipRequest body, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ProposePartnershipCommand(body), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Created($"/api/v1/partnerships/{result.Value.Id}", result.Value);
    }

    private static async Task<Ok<PagedList<PartnershipResponse>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] PartnershipStatus? status = null,
        [FromQuery] Guid? ikmId = null,
        [FromQuery] Guid? industryId = null,
        [FromQuery] Guid? needId = null,
        [FromQuery] PartnershipPattern? pattern = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListPartnershipsQuery(status, ikmId, industryId, needId, pattern, page, pageSize), cancellationToken));

    private static async Task<Ok<PartnershipResponse>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPartnershipQuery(id), cancellationToken);
        ETags.Set(response, result.Version);
        return TypedResults.Ok(result.Value);
    }
}
