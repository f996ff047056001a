using System.Diagnostics;
using IkmMatch.Api;
using IkmMatch.Api.Endpoints;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Api.Http;
using IkmMatch.Api.OpenApi;
using IkmMatch.Application;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Infrastructure;
using IkmMatch.Infrastructure.Persistence;
using IkmMatch.Infrastructure.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
});

builder.Services.AddApplication();
builder.Services.Configure<MatchingOptions>(builder.Configuration.GetSection(MatchingOptions.Section));
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddIkmMatchJson();
builder.Services.AddIkmMatchOpenApi();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
{
    var problem = context.ProblemDetails;
    problem.Instance ??= context.HttpContext.Request.Path;
    var status = problem.Status ?? StatusCodes.Status500InternalServerError;
    problem.Type = ProblemTypes.For(status);
    problem.Detail ??= ProblemTypes.DefaultDetail(status);
    problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
});
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
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

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<BodySizeLimitMiddleware>();
app.UseIkmMatchOpenApi();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapIkmEndpoints();
app.MapIndustryEndpoints();
app.MapNeedEndpoints();
app.MapPartnershipEndpoints();
app.MapReportEndpoints();

await app.RunAsync();

/// <summary>The API's entry point, public so that integration tests can host it.</summary>
public partial class Program;
