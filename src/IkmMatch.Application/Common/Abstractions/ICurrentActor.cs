using IkmMatch.Domain.Access;

namespace IkmMatch.Application.Common.Abstractions;

/// <summary>Who is calling, as the credentials (an API key or a bearer token) say.</summary>
public interface ICurrentActor
{
    /// <summary>The identity recorded in histories and audit fields: a key's name or a token's subject, never a secret.</summary>
    string Name { get; }

    /// <summary>A stable identity that tells callers apart (per-caller idempotency keys and rate limits).</summary>
    string Subject { get; }

    /// <summary>The caller's role; null when the credentials carry none IkmMatch knows (such a caller may do nothing).</summary>
    Role? Role { get; }

    /// <summary>The IKM an <see cref="Role.Ikm"/> caller acts for.</summary>
    Guid? IkmId { get; }

    /// <summary>The industry an <see cref="Role.Industry"/> caller acts for.</summary>
    Guid? IndustryId { get; }
}
