using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Webhooks;
using IkmMatch.Application.Webhooks.CreateWebhook;
using IkmMatch.Application.Webhooks.DeleteWebhook;
using IkmMatch.Application.Webhooks.GetWebhook;
using IkmMatch.Application.Webhooks.ListWebhookDeliveries;
using IkmMatch.Application.Webhooks.ListWebhooks;
using IkmMatch.Application.Webhooks.PingWebhook;
using IkmMatch.Application.Webhooks.RedeliverWebhook;
using IkmMatch.Application.Webhooks.RotateWebhookSecret;
using IkmMatch.Domain.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.Endpoints;

/// <summary>Signed webhooks: <c>/api/v1/webhooks</c>.</summary>
public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireEnumNamesInQuery();

        group.MapPost("/", Create)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to events")
            .WithDescription("IkmMatch posts each event of the given types (ikm.created, …, or ikm.* for all of a record) that happens from now on to the URL, as { type, timestamp, data }, signed per Standard Webhooks: webhook-id (the event's id, the same on every retry), webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body> with the secret). The answer carries the secret (whsec_…), shown only here. The URL must be https and resolve to public addresses (unless Webhooks:AllowPrivateTargets). Retries with backoff and jitter for about three days, honouring Retry-After; a 410 answer, or five days of failures, disables the subscription.")
            .Accepts<WebhookRequest>(EndpointConventions.JsonContentType)
            .ProducesProblems(400, 413, 415)
            .WithIdempotencyKey();

        group.MapGet("/", List)
            .WithName("ListWebhooks")
            .WithSummary("List subscriptions")
            .WithDescription("Every subscription, newest first, without secrets.")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetWebhook")
            .WithSummary("Get one subscription")
            .WithDescription("The subscription without its secret: whether it is enabled, and why not.")
            .ProducesProblems(404);

        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteWebhook")
            .WithSummary("End a subscription")
            .WithDescription("Nothing more is sent; the delivery log goes with it.")
            .ProducesProblems(404);

        group.MapPost("/{id:guid}/rotate-secret", Rotate)
            .WithName("RotateWebhookSecret")
            .WithSummary("Replace the signing secret")
            .WithDescription("Answers the new secret, shown only here. For Webhooks:PreviousSecretHours (24) every delivery carries two signatures, with the new and the previous secret, so the receiver can switch without a gap.")
            .ProducesProblems(404);

        group.MapPost("/{id:guid}/ping", Ping)
            .WithName("PingWebhook")
            .WithSummary("Send a test event")
            .WithDescription("Queues a webhook.ping to the URL, signed like every delivery (also to a disabled subscription: a ping that succeeds enables it again).")
            .ProducesProblems(404);

        group.MapGet("/{id:guid}/deliveries", Deliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log")
            .WithDescription("The subscription's deliveries, newest first (status Pending, Succeeded or Failed), each with its attempts, the receiver's last status code or error, and the next attempt.")
            .ProducesProblems(400, 404);

        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", Redeliver)
            .WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again")
            .WithDescription("The same message (same webhook-id) is sent again at once, with a fresh retry schedule.")
            .ProducesProblems(404);

        return app;
    }

    private static async Task<Created<WebhookSecretResponse>> Create([FromBody] WebhookRequest body, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CreateWebhookCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{result.Webhook.Id}", result);
    }

    private static async Task<Ok<PagedList<WebhookResponse>>> List(
        IMediator mediator, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListWebhooksQuery(page, pageSize), cancellationToken));

    private static async Task<Ok<WebhookResponse>> Get(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWebhookQuery(id), cancellationToken));

    private static async Task<NoContent> Delete(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteWebhookCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WebhookSecretResponse>> Rotate(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RotateWebhookSecretCommand(id), cancellationToken));

    private static async Task<Accepted<WebhookDeliveryResponse>> Ping(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        var delivery = await mediator.Send(new PingWebhookCommand(id), cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", delivery);
    }

    private static async Task<Ok<PagedList<WebhookDeliveryResponse>>> Deliveries(
        Guid id,
        IMediator mediator,
        CancellationToken cancellationToken,
        [FromQuery] DeliveryStatus? status = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListWebhookDeliveriesQuery(id, status, page, pageSize), cancellationToken));

    private static async Task<Accepted<WebhookDeliveryResponse>> Redeliver(Guid id, Guid deliveryId, IMediator mediator, CancellationToken cancellationToken)
    {
        var delivery = await mediator.Send(new RedeliverWebhookCommand(id, deliveryId), cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", delivery);
    }
}
