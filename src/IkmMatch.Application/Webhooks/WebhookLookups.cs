using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks;

internal static class WebhookLookups
{
    public static async Task<WebhookSubscription> LoadWebhookAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException("Webhook", id);
}
