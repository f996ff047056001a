namespace IkmMatch.Infrastructure.Idempotency;

/// <summary>One Idempotency-Key of one caller, and the response it got once it has one.</summary>
internal sealed class IdempotencyRecord
{
    public string Scope { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 of method, path and body: what makes "the same request".</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }
}
