namespace IkmMatch.Application.Webhooks;

/// <summary>Decides whether a URL may receive webhooks: an absolute https URL whose host does not resolve to loopback or a private network.</summary>
public interface IWebhookTargets
{
    /// <summary>Null when <paramref name="url"/> may be used; otherwise what is wrong with it.</summary>
    Task<Domain.Common.Text?> RefusalAsync(string url, CancellationToken cancellationToken);
}
