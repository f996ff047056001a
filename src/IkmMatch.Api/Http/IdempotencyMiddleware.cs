using System.Security.Cryptography;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.Http;

/// <summary>Marks a create endpoint as honouring the <c>Idempotency-Key</c> header.</summary>
internal sealed class IdempotentCreateMetadata;

/// <summary>
/// <c>Idempotency-Key</c> on creates: the same key with the same request within 24 hours replays the first response
/// (status, body, Location and ETag, plus <c>Idempotent-Replayed: true</c>) and creates nothing; the same key with a
/// different request is a 422; a request while the first with that key is still running is a 409. Keys belong to the
/// caller. A response that is a server error is not kept, so the client may retry it. The claim, the create and the
/// kept response commit in one transaction (see <see cref="IIdempotencyStore"/>): exactly once from the client's view,
/// whatever crashes.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider clock, IOptions<IdempotencySettings> settings)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, IIdempotencyStore store, ICurrentActor actor, IProblemDetailsService problems)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentCreateMetadata>() is null
            || !context.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await problems.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key",
                $"{HeaderName} must be one value of 1 to {MaxKeyLength} visible ASCII characters (a UUID is a good choice).");
            return;
        }

        // This runs before BodySizeLimitMiddleware and the exception handler: refuse a body over the limit here, whether
        // declared or found while reading (the server's own limit, where it has one, may fire first).
        var maxBodyBytes = RequestLimits.MaxBodyBytesFor(context);
        RequestLimits.ApplyTo(context);
        context.Request.EnableBuffering(bufferThreshold: 64 * 1024);
        string? fingerprint;
        try
        {
            fingerprint = context.Request.ContentLength > maxBodyBytes
                ? null
                : await FingerprintAsync(context.Request, maxBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException badRequest)
        {
            context.Response.StatusCode = badRequest.StatusCode;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = BadRequestProblems.From(badRequest) });
            return;
        }

        if (fingerprint is null)
        {
            await problems.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"The request body is larger than {maxBodyBytes:N0} bytes.");
            return;
        }

        var scope = actor.Subject; // the caller itself: a key's name and a token's subject may coincide
        var claim = await store.ClaimAsync(scope, key, fingerprint, clock.GetUtcNow(), Retention, settings.Value.Lease, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, claim.Response!);
                return;
            case IdempotencyOutcome.InProgress:
                await problems.WriteProblemAsync(context, StatusCodes.Status409Conflict, "Request in progress",
                    $"A request with this {HeaderName} is still being handled. Retry it once that one has finished.");
                return;
            case IdempotencyOutcome.Mismatch:
                await problems.WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                    $"This {HeaderName} was already used for a different request. Use a new key for a new request.");
                return;
        }

        // The response is held back until the key, the create and the response have committed together: a client never
        // sees a 201 whose record could still be rolled back. When that commit fails, the outer exception handler answers
        // (a 503 problem for an outage) and the retry finds either everything or nothing.
        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.AbandonAsync();
            throw;
        }

        context.Response.Body = original;
        var status = context.Response.StatusCode;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            await store.AbandonAsync();
        }
        else
        {
            var response = new StoredResponse(
                status,
                context.Response.ContentType,
                context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                captured.ToArray());
            try
            {
                await store.CompleteAsync(scope, key, response, discardChanges: status >= StatusCodes.Status400BadRequest, clock.GetUtcNow(), CancellationToken.None);
            }
            catch
            {
                await store.AbandonAsync();
                throw;
            }
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, CancellationToken.None);
    }

    /// <summary>The hash of the method, target and body; null when the body is larger than the API reads (reading stops there).</summary>
    private static async Task<string?> FingerprintAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBodyBytes)
            {
                return null;
            }

            hash.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
        }

        if (response.ETag is not null)
        {
            context.Response.Headers.ETag = response.ETag;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }
}

/// <summary>The <c>Idempotency</c> configuration section.</summary>
internal sealed class IdempotencySettings
{
    public const string Section = "Idempotency";

    /// <summary>How long a claimed key's transaction may sit idle before PostgreSQL ends it and frees the key.</summary>
    public int LeaseSeconds { get; init; } = 15;

    /// <summary>How often keys older than their 24 hours are deleted.</summary>
    public int PurgeIntervalMinutes { get; init; } = 10;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
