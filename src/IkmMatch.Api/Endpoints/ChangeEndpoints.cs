using IkmMatch.Application.Changes.ListChanges;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>The changes feed: <c>/api/v1/changes</c>.</summary>
public static class ChangeEndpoints
{
    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/changes").WithTags("Changes").MapGet("/", List)
            .WithName("ListChanges")
            .WithSummary("What changed since a cursor")
            .WithDescription("Every change to IKM, industries, needs and partnerships, in the order they committed, after the cursor 'after' (0 or absent: from the start): each with id, type (ikm.created, ikm.updated, ikm.verified, ikm.archived, industry.*, need.posted|updated|closed|cancelled, partnership.proposed|accepted|rejected|withdrawn|activated|completed|terminated), time, subject (the record's id), tombstone (true when the record was archived) and thin data (ids, version, status, NIB, KBLI). Keep 'next' and ask again with it: at least once, in order, never an event skipped. types filters by type or prefix (ikm.*). Admins and integration systems see every event; an IKM key sees its own IKM's and its partnerships' events, an industry key its own industry's, needs' and partnerships'. Events are kept at least Changes:RetentionDays (90); a cursor older than that is a 410: read the registry again from the export and follow the feed from there.")
            .ProducesProblems(400, 410);
        return app;
    }

    private static async Task<Ok<ChangesPage>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] string? after = null,
        [FromQuery] int limit = 100,
        [FromQuery] string? types = null) =>
        TypedResults.Ok(await mediator.Send(new ListChangesQuery(after, limit, types), cancellationToken));
}
