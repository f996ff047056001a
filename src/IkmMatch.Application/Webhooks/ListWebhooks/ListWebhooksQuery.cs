using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Webhooks.ListWebhooks;

/// <summary>Every subscription, newest first, without secrets.</summary>
public sealed record ListWebhooksQuery(int Page, int PageSize) : IQuery<PagedList<WebhookResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListWebhooks;
}
