namespace IkmMatch.Application.ApiKeys;

/// <summary>Recognises the secret of an API key.</summary>
public interface IApiKeyAuthenticator
{
    /// <summary>The caller the secret stands for; null for an unknown or revoked key, or one bound to an archived record.</summary>
    Task<AuthenticatedKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken);
}
