using FluentValidation;
using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks.ListWebhookDeliveries;

/// <summary>A subscription's delivery log, newest first, optionally of one status.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid Id, DeliveryStatus? Status, int Page, int PageSize)
    : IQuery<PagedList<WebhookDeliveryResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListWebhookDeliveries;
}

public sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Status).DefinedEnum();
    }
}

public sealed class ListWebhookDeliveriesQueryHandler(IApplicationDbContext db, ICurrentActor actor)
    : IQueryHandler<ListWebhookDeliveriesQuery, PagedList<WebhookDeliveryResponse>>
{
    public async ValueTask<PagedList<WebhookDeliveryResponse>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.ListWebhookDeliveries);
        await db.LoadWebhookAsync(query.Id, cancellationToken);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.Id);
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var page = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<WebhookDeliveryResponse>([.. page.Select(d => d.ToResponse())], query.Page, query.PageSize, total);
    }
}
