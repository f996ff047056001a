using System.Diagnostics;
using IkmMatch.Api;
using IkmMatch.Api.Auth;
using IkmMatch.Api.Endpoints;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Api.Http;
using IkmMatch.Api.OpenApi;
using IkmMatch.Application;
using IkmMatch.Application.Alerts;
using IkmMatch.Application.Changes;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Ocds;
using IkmMatch.Infrastructure;
using IkmMatch.Infrastructure.Persistence;
using IkmMatch.Infrastructure.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
    kestrel.Limits.MaxRequestLineSize = RequestLimits.ServerMaxRequestLineBytes;
    kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.ServerMaxHeaderBytes;
    kestrel.Limits.MaxRequestHeaderCount = RequestLimits.ServerMaxHeaderCount;
});

builder.Services.AddApplication();
builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
builder.Services.AddOptions<AlertOptions>().Bind(builder.Configuration.GetSection(AlertOptions.Section))
    .Validate(o => o.Top is >= 1 and <= 100, "Alerts:Top must be between 1 and 100.").ValidateOnStart();
builder.Services.AddOptions<OcdsOptions>().Bind(builder.Configuration.GetSection(OcdsOptions.Section))
    .Validate(o => !string.IsNullOrWhiteSpace(o.OcidPrefix) && !o.OcidPrefix.Contains('#', StringComparison.Ordinal), "Ocds:OcidPrefix must be set (ocds- and six characters) and must not contain '#'.")
    .Validate(o => o.BaseUrl is null || Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Ocds:BaseUrl must be an absolute URL.").ValidateOnStart();
builder.Services.AddOptions<ChangesOptions>().Bind(builder.Configuration.GetSection(ChangesOptions.Section))
    .Validate(o => o.RetentionDays >= 1, "Changes:RetentionDays must be 1 or more.").ValidateOnStart();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddIkmMatchJson();
builder.Services.AddOptions<LocalizationOptions>().Bind(builder.Configuration.GetSection(LocalizationOptions.Section))
    .Validate(o => Languages.FromTag(o.DefaultLanguage) is not null, "Localization:DefaultLanguage must be 'id' or 'en'.").ValidateOnStart();
builder.Services.AddIkmMatchOpenApi();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    var problem = context.ProblemDetails;
    problem.Instance ??= context.HttpContext.Request.Path;
    var status = problem.Status ?? StatusCodes.Status500InternalServerError;
    problem.Type = ProblemTypes.For(status);
    problem.Detail ??= ProblemTypes.DefaultDetail(status)?.Say();
    ProblemText.LocalizeTitle(problem);
    problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
});
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
builder.Services.AddIkmMatchAuth(builder.Configuration);
builder.Services.AddIkmMatchRateLimits(builder.Configuration);
builder.Services.AddIkmMatchCors(builder.Configuration);
builder.Services.AddOptions<IdempotencySettings>().Bind(builder.Configuration.GetSection(IdempotencySettings.Section))
    .Validate(s => s.LeaseSeconds >= 1 && s.PurgeIntervalMinutes >= 1, "Idempotency:LeaseSeconds and Idempotency:PurgeIntervalMinutes must be 1 or more.")
    .ValidateOnStart();
builder.Services.AddHostedService<IdempotencyPurgeService>();
builder.Services.AddSingleton<DatabaseReadiness>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

await app.Services.MigrateIfConfiguredAsync();
switch (app.Configuration["seed"])
{
    case null:
        break;
    case "demo":
        await app.Services.SeedDemoAsync();
        break;
    case var other:
        throw new InvalidOperationException($"Unknown seed '{other}'. The one dataset is: --seed demo");
}

app.UseMiddleware<LanguageMiddleware>(); // first, so that every answer (problems of later failures too) is said in the caller's language
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler(); // failures before the endpoint (a database outage while checking a key): a problem, never a bare 500
app.UseMiddleware<RequestHeadLimitsMiddleware>();
app.UseStatusCodePages();
app.UseIkmMatchCors();
app.UseIkmMatchOpenApi(); // the document and Swagger UI answer without credentials
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter(); // after authentication, to count per caller; before authorization, to slow down key guessing
app.UseAuthorization();
app.UseMiddleware<RoleGateMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();
app.UseExceptionHandler(); // inside idempotency, so that a problem answer to a create is kept and replayed like any other
app.UseMiddleware<BodySizeLimitMiddleware>();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous().DisableRateLimiting();
app.MapIkmEndpoints();
app.MapIndustryEndpoints();
app.MapNeedEndpoints();
app.MapPartnershipEndpoints();
app.MapProgrammeEndpoints();
app.MapReportEndpoints();
app.MapApiKeyEndpoints();
app.MapChangeEndpoints();
app.MapOcdsEndpoints();
app.MapWebhookEndpoints();

await app.RunAsync();

/// <summary>The API's entry point, public so that integration tests can host it.</summary>
public partial class Program;
