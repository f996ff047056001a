using IkmMatch.Api.Http;
using IkmMatch.Application.Reports;
using IkmMatch.Application.Reports.GetCapabilityGaps;
using IkmMatch.Application.Reports.GetProgrammeReport;
using IkmMatch.Application.Reports.GetProgrammesReport;
using IkmMatch.Application.Reports.GetSummary;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>The programme's figures: <c>/api/v1/reports</c>.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Reports").RequireEnumNamesInQuery().RequireRateLimiting(RateLimits.CostlyPolicy);

        group.MapGet("/summary", Summary)
            .WithName("GetSummaryReport")
            .WithSummary("Where the partnership programme stands")
            .WithDescription("Active IKM (total, verified, by kecamatan, by KBLI division), active industries, needs by status, partnerships by status and pattern, active and completed contract value, jobs created, average rating, and the funnel needs → needs with an eligible IKM → proposed → accepted → active → completed. Computed in PostgreSQL.");

        group.MapGet("/capability-gaps", CapabilityGaps)
            .WithName("GetCapabilityGapsReport")
            .WithSummary("What keeps IKM from open procurement")
            .WithDescription("Over open needs: the unmet requirements of same-division active IKM that are not eligible, grouped by code (certification:<TYPE>, tkdn, capacity), each with the IKM it blocks, the needs and the budget at stake; and the open needs no IKM is eligible for. Filters: kbli (a 2-digit division, of the need) and kecamatan (of the IKM, by name or Kemendagri code). The input for training and certification facilitation plans.")
            .ProducesProblems(400);

        group.MapGet("/programmes", Programmes)
            .WithName("GetProgrammesReport")
            .WithSummary("The impact of the development programmes")
            .WithDescription("Every programme but cancelled ones (filter: year started), each with participants, completed, certificates obtained, the open needs that became eligible for participants because of them (the same scoring as matches, with and without the certificate) and their budget, and — from completion, within 6 and 12 months — partnerships proposed, accepted and completed, contract value and jobs of the participants who completed beside comparable IKM that did not take part (same kecamatan, a shared KBLI division); budget per certificate and per partnership; and the totals.")
            .ProducesProblems(400);

        group.MapGet("/programmes/{id:guid}", Programme)
            .WithName("GetProgrammeReport")
            .WithSummary("The impact of one development programme")
            .WithDescription("The figures of /reports/programmes for one programme, with a summary in the caller's language.")
            .ProducesProblems(404);

        return app;
    }

    private static async Task<Ok<SummaryReport>> Summary(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSummaryReportQuery(), cancellationToken));

    private static async Task<Ok<ProgrammesReport>> Programmes(IMediator mediator, CancellationToken cancellationToken, [FromQuery] int? year = null) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammesReportQuery(year), cancellationToken));

    private static async Task<Ok<ProgrammeImpact>> Programme(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProgrammeReportQuery(id), cancellationToken));

    private static async Task<Ok<CapabilityGapsReport>> CapabilityGaps(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] string? kbli = null,
        [FromQuery] string? kecamatan = null) =>
        TypedResults.Ok(await mediator.Send(new GetCapabilityGapsReportQuery(kbli, KecamatanQuery.Parse(kecamatan)), cancellationToken));
}
