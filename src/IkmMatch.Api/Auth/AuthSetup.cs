using System.Text;
using IkmMatch.Application.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace IkmMatch.Api.Auth;

/// <summary>
/// Who may call: an API key in <c>X-Api-Key</c>, or a bearer token when <c>Auth:Jwt</c> is configured. Every endpoint
/// needs one or the other, except those marked anonymous (health checks); what each role may then do is the
/// application's access matrix.
/// </summary>
internal static class AuthSetup
{
    public const string Scheme = "IkmMatch";

    public static IServiceCollection AddIkmMatchAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<AuthProblems>();
        services.AddOptions<ApiKeyOptions>()
            .Bind(configuration.GetSection(ApiKeyOptions.Section))
            .Validate(
                o => o.BootstrapAdminKey is null || o.BootstrapAdminKey.Length is >= ApiKeyOptions.MinimumBootstrapLength and <= ApiKeySecrets.MaxLength,
                $"Auth:BootstrapAdminKey must be {ApiKeyOptions.MinimumBootstrapLength} to {ApiKeySecrets.MaxLength} characters (e.g. `openssl rand -hex 32`).")
            .ValidateOnStart();

        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or bearer token", options => options.ForwardDefaultSelector = context =>
                settings.JwtEnabled && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        if (settings.JwtEnabled)
        {
            authentication.AddJwtBearer(options => Configure(options, settings));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static void Configure(JwtBearerOptions options, AuthSettings settings)
    {
        options.MapInboundClaims = false;
        var hasAuthority = !string.IsNullOrWhiteSpace(settings.Authority);
        if (hasAuthority)
        {
            options.Authority = settings.Authority;
        }

        options.Audience = settings.Audience;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = IkmMatchClaims.Subject,
            RoleClaimType = IkmMatchClaims.Role,
            ValidateAudience = !string.IsNullOrWhiteSpace(settings.Audience),
            ValidAudience = settings.Audience,
            ValidateIssuer = hasAuthority || !string.IsNullOrWhiteSpace(settings.Issuer),
            ValidIssuer = settings.Issuer,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
            options.TokenValidationParameters.ValidateIssuerSigningKey = true;
        }

        options.Events = new JwtBearerEvents
        {
            // The subject is recorded as the actor and tells callers apart (idempotency keys, rate limits): a token must have one.
            OnTokenValidated = context =>
            {
                var subject = context.Principal?.FindFirst(IkmMatchClaims.Subject)?.Value;
                if (string.IsNullOrWhiteSpace(subject) || subject.Length > IkmMatchClaims.SubjectMaxLength)
                {
                    context.Fail($"The bearer token has no subject (sub) of 1 to {IkmMatchClaims.SubjectMaxLength} characters.");
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                var problems = context.HttpContext.RequestServices.GetRequiredService<AuthProblems>();
                await problems.WriteUnauthorizedAsync(
                    context.HttpContext,
                    context.AuthenticateFailure is null ? null : "The bearer token is invalid or has expired.",
                    bearerFailed: context.AuthenticateFailure is not null);
            },
            OnForbidden = context => context.HttpContext.RequestServices.GetRequiredService<AuthProblems>().WriteForbiddenAsync(context.HttpContext),
        };
    }
}
