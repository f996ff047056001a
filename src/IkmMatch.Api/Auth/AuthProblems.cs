using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

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

        var accepted = new Text(settings.JwtEnabled ? "problem.unauthorized.apiKeyOrBearer" : "problem.unauthorized.apiKey", ApiKeyAuthenticationHandler.HeaderName);
        var detail = failure ?? new Text("problem.unauthorized", accepted).Say();
        return problems.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    public Task WriteForbiddenAsync(HttpContext context) =>
        problems.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden", new Text("problem.forbidden").Say());
}
