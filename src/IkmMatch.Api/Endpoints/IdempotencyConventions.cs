using IkmMatch.Api.Http;

namespace IkmMatch.Api.Endpoints;

internal static class IdempotencyConventions
{
    /// <summary>The create honours <c>Idempotency-Key</c>: documented, with its 409 (in progress) and 422 (reused key).</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentCreateMetadata()).ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
