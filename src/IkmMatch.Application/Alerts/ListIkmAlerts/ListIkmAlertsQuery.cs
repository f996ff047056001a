using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Alerts.ListIkmAlerts;

/// <summary>An IKM's tender alerts, newest first, paged.</summary>
/// <param name="IkmId">The IKM.</param>
/// <param name="Unread">Only unread (true) or read (false) alerts.</param>
/// <param name="Page">Page number, 1 or more.</param>
/// <param name="PageSize">Items per page, 1–100.</param>
public sealed record ListIkmAlertsQuery(Guid IkmId, bool? Unread, int Page, int PageSize)
    : IQuery<PagedList<AlertResponse>>, IPagedQuery, IAuthorizedRequest
{
    public Operation Operation => Operation.ListIkmAlerts;
}
