using IkmMatch.Api.Http;
using IkmMatch.Application.Reports;
using IkmMatch.Application.Reports.GetCapabilityGaps;
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

        return app;
    }

    private static async Task<Ok<SummaryReport>> Summary(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSummaryReportQuery(), cancellationToken));

    private static async Task<Ok<CapabilityGapsReport>> CapabilityGaps(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] string? kbli = null,
        [FromQuery] string? kecamatan = null) =>
        TypedResults.Ok(await mediator.Send(new GetCapabilityGapsReportQuery(kbli, KecamatanQuery.Parse(kecamatan)), cancellationToken));
}
