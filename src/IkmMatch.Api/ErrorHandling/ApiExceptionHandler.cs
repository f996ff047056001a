using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.ErrorHandling;

/// <summary>
/// The one place exceptions become RFC 9457 problems. Client mistakes get a 4xx that names what was wrong;
/// anything else is a 500 without internals (and a bug: client input must never produce one).
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation.Errors),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Text),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Text),
            GoneException gone => Problem(StatusCodes.Status410Gone, "Gone", gone.Text),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Text),
            LifeCycleException transition => Transition(transition),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "Conflict", rule.Text),
            PreconditionFailedException precondition => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", precondition.Text),
            BadHttpRequestException badRequest => BadRequestProblems.From(badRequest),
            _ when DatabaseFailures.IsStatementTimeout(exception) => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "Service unavailable",
                "The request took longer than the database allows and was stopped. Nothing was changed; retry in a little while or ask for less."),
            _ when DatabaseFailures.IsUnreachable(exception) => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "Service unavailable",
                new Text("problem.databaseDown")),
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // An outage is an operating condition, not a bug: one line each, no stack trace.
            LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, DatabaseFailures.Describe(exception));
        }

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Internal server error", new Text("problem.unexpected"));
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (httpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "30";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail, Type = ProblemTypes.For(status) };

    /// <summary>A problem whose detail is said in the caller's language (the title is, as every problem's, in <see cref="ProblemText"/>).</summary>
    internal static ProblemDetails Problem(int status, string title, Text detail) => Problem(status, title, detail.Say());

    private static ProblemDetails Transition(LifeCycleException transition)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Transition not allowed", transition.Text);
        problem.Extensions["currentStatus"] = transition.CurrentStatus;
        problem.Extensions["allowedActions"] = transition.AllowedActions;
        return problem;
    }

    internal static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Validation failed",
            Detail = new Text("problem.validation").Say(),
            Type = ProblemTypes.For(StatusCodes.Status400BadRequest),
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "503 for {Method} {Path}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
