using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Access;

/// <summary>
/// An API key issued by an admin, bound to a role and, for the <see cref="Role.Ikm"/> and <see cref="Role.Industry"/>
/// roles, to one IKM or industry. Only the SHA-256 hash of the secret is kept; the secret is shown once, when issued.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Unique; recorded as the actor of what the key does.</summary>
    public string Name { get; private set; } = string.Empty;

    public Role Role { get; private set; }

    public Guid? IkmId { get; private set; }

    public Guid? IndustryId { get; private set; }

    /// <summary>The SHA-256 hash of the secret.</summary>
    public byte[] Hash { get; private set; } = [];

    /// <summary>The first characters of the secret, enough to tell keys apart in a list, never enough to use one.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Issue(
        string name, Role role, Guid? ikmId, Guid? industryId, byte[] hash, string prefix, string actor, DateTimeOffset now)
    {
        var boundIkm = role == Role.Ikm;
        var boundIndustry = role == Role.Industry;
        if (boundIkm != ikmId.HasValue || boundIndustry != industryId.HasValue)
        {
            throw new DomainRuleException(new Text("problem.apiKeyBinding"));
        }

        return new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            Role = role,
            IkmId = ikmId,
            IndustryId = industryId,
            Hash = hash,
            Prefix = prefix,
            CreatedAt = now,
            CreatedBy = actor,
        };
    }

    /// <summary>Revokes the key from now on; revoking a revoked key changes nothing.</summary>
    public void Revoke(string actor, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return;
        }

        RevokedAt = now;
        RevokedBy = actor;
    }
}
