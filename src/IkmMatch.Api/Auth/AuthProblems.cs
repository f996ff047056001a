using IkmMatch.Api.ErrorHandling;

namespace IkmMatch.Api.Auth;

/// <summary>The 401 and 403 problems of authentication, with the <c>WWW-Authenticate</c> challenges this installation accepts.</summary>
internal sealed class AuthProblems(IProblemDetailsService problems, AuthSettings settings)
{
    /// <summary>The 401: <paramref name="failure"/> says what was wrong with the credentials sent (null when none were);
    /// <paramref name="bearerFailed"/> whether they were a bearer token.</summary>
    public Task WriteUnauthorizedAsync(HttpContext context, string? failure, bool bearerFailed = false)
    {
        context.Response.Headers.Append("WWW-Authenticate", $"ApiKey header=\"{ApiKeyAuthenticationHandler.HeaderName}\"");
        if (settings.JwtEnabled)
        {
            context.Response.Headers.Append("WWW-Authenticate", bearerFailed ? "Bearer error=\"invalid_token\"" : "Bearer");
        }

        var accepted = settings.JwtEnabled
            ? $"an API key in the {ApiKeyAuthenticationHandler.HeaderName} header or a bearer token in Authorization"
            : $"an API key in the {ApiKeyAuthenticationHandler.HeaderName} header";
        var detail = failure ?? $"Send {accepted}. Only /health/* and /swagger answer without credentials.";
        return problems.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    public Task WriteForbiddenAsync(HttpContext context) =>
        problems.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "These credentials may not do this.");
}
