using IkmMatch.Application.Ocds;
using IkmMatch.Application.Ocds.GetOcdsRecord;
using IkmMatch.Application.Ocds.ListOcdsReleases;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.Endpoints;

/// <summary>Open Contracting Data Standard 1.1: <c>/api/v1/ocds</c>.</summary>
public static class OcdsEndpoints
{
    public static IEndpointRouteBuilder MapOcdsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/ocds").WithTags("OCDS");

        group.MapGet("/releases", List)
            .WithName("ListOcdsReleases")
            .WithSummary("Procurement needs as an OCDS 1.1 release package")
            .WithDescription("One release per need, oldest first, paged with page and pageSize (links.next and links.prev point to the neighbouring pages): the need as the tender (items classified by KBLI, status active/complete/cancelled, budget in IDR), its industry as the buyer, each IKM that accepted a partnership for it as a supplier (parties[].details.scale micro, sme or large) with an award, and a contract once the partnership was activated. ocid = Ocds:OcidPrefix + '-' + the need's id. Parties carry NIB, name and kecamatan only: no personal data.")
            .ProducesProblems(400);

        group.MapGet("/records/{needId:guid}", Get)
            .WithName("GetOcdsRecord")
            .WithSummary("One need as an OCDS 1.1 record package")
            .WithDescription("The need's record: its release embedded and as the compiled release.")
            .ProducesProblems(404);

        return app;
    }

    private static async Task<Ok<OcdsReleasePackage>> List(
        IMediator mediator,
        HttpRequest request,
        IOptions<OcdsOptions> options,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50) =>
        TypedResults.Ok(await mediator.Send(new ListOcdsReleasesQuery(page, pageSize, BaseUrl(request, options.Value)), cancellationToken));

    private static async Task<Ok<OcdsRecordPackage>> Get(
        Guid needId, IMediator mediator, HttpRequest request, IOptions<OcdsOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOcdsRecordQuery(needId, BaseUrl(request, options.Value)), cancellationToken));

    private static string BaseUrl(HttpRequest request, OcdsOptions options) =>
        (options.BaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');
}
