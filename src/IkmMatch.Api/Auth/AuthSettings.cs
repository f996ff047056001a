namespace IkmMatch.Api.Auth;

/// <summary>
/// Configuration of bearer tokens (section <c>Auth:Jwt</c>): an <see cref="Authority"/> and <see cref="Audience"/> of
/// the government's identity provider, or a symmetric <see cref="SigningKey"/> (with optional <see cref="Issuer"/>)
/// where there is none, as in tests.
/// </summary>
internal sealed class AuthSettings
{
    public string? Authority { get; init; }

    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    public string? SigningKey { get; init; }

    public bool JwtEnabled => (!string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience)) || !string.IsNullOrWhiteSpace(SigningKey);

    public static AuthSettings From(IConfiguration configuration) =>
        configuration.GetSection("Auth:Jwt").Get<AuthSettings>() ?? new AuthSettings();
}
