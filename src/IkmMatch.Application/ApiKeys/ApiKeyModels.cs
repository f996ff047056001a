using IkmMatch.Domain.Access;

namespace IkmMatch.Application.ApiKeys;

/// <summary>A key to issue: its name, its role, and for <c>ikm</c> and <c>industry</c> the record it is bound to.</summary>
/// <param name="Name">Unique; recorded as the actor of what the key does (1–100 characters).</param>
/// <param name="Role">admin, integration, industry or ikm.</param>
/// <param name="IkmId">The IKM an ikm key acts for; required for role ikm, absent (or null) otherwise.</param>
/// <param name="IndustryId">The industry an industry key acts for; required for role industry, absent (or null) otherwise.</param>
public sealed record ApiKeyRequest(string Name, Role Role, Guid? IkmId = null, Guid? IndustryId = null);

/// <summary>A key just issued. <paramref name="Key"/> is the secret, shown this once and never again.</summary>
public sealed record ApiKeyIssuedResponse(Guid Id, string Name, Role Role, Guid? IkmId, Guid? IndustryId, string Key, DateTimeOffset CreatedAt);

/// <summary>A key as lists show it: no secret, only its first characters (<paramref name="KeyPrefix"/>) to recognise it.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    Role Role,
    Guid? IkmId,
    Guid? IndustryId,
    string KeyPrefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy);

/// <summary>The caller an accepted key stands for.</summary>
/// <param name="Id">The key's id; null for the bootstrap admin key of the configuration.</param>
public sealed record AuthenticatedKey(Guid? Id, string Name, Role Role, Guid? IkmId, Guid? IndustryId);

/// <summary>Configuration of keys (section <c>Auth</c>).</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>The name the bootstrap admin key acts under.</summary>
    public const string BootstrapName = "bootstrap-admin";

    /// <summary>The least length of <see cref="BootstrapAdminKey"/>: 32 characters.</summary>
    public const int MinimumBootstrapLength = 32;

    /// <summary>A key from configuration that is always an admin key, so that a fresh installation can be administered.</summary>
    public string? BootstrapAdminKey { get; set; }
}
