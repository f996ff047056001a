using System.Security.Claims;
using System.Text.Encodings.Web;
using IkmMatch.Application.Access;
using IkmMatch.Application.ApiKeys;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.Auth;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header. A missing header leaves the request anonymous; an unknown or revoked
/// key fails it. Neither the key nor its hash is ever logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyAuthenticator keys,
    AuthProblems problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count != 1)
        {
            return AuthenticateResult.Fail(new Text("problem.oneKeyHeader", HeaderName).Say());
        }

        var key = await keys.AuthenticateAsync(values.ToString(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail(new Text("problem.unknownKey").Say());
        }

        List<Claim> claims =
        [
            new(IkmMatchClaims.Subject, key.Id?.ToString() ?? ApiKeyOptions.BootstrapName),
            new(IkmMatchClaims.Name, key.Name),
            new(IkmMatchClaims.Role, RoleNames.ToWire(key.Role)),
        ];
        if (key.IkmId is { } ikmId)
        {
            claims.Add(new Claim(IkmMatchClaims.IkmId, ikmId.ToString()));
        }

        if (key.IndustryId is { } industryId)
        {
            claims.Add(new Claim(IkmMatchClaims.IndustryId, industryId.ToString()));
        }

        var identity = new ClaimsIdentity(claims, SchemeName, IkmMatchClaims.Name, IkmMatchClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await problems.WriteUnauthorizedAsync(Context, result.Failure?.Message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => problems.WriteForbiddenAsync(Context);
}
