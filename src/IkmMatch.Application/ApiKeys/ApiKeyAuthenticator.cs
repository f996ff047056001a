using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.ApiKeys;

/// <summary>
/// Looks a secret up by its hash on every request, so a revoked key stops working at once on every instance. The
/// bootstrap admin key of the configuration is compared in constant time; a key's last use is written at most once a
/// minute. A key bound to an IKM or industry that has been archived stops working with it.
/// <para>
/// A key found is kept in <see cref="RecordCaches.Keys"/>, which every process empties when any key changes or a record is
/// archived (as the change commits here, on the database's notification elsewhere) and which is off while a process
/// cannot hear those notifications: a revoked key still stops working on every instance as soon as it is revoked.
/// </para>
/// </summary>
internal sealed class ApiKeyAuthenticator(IApplicationDbContext db, IOptions<ApiKeyOptions> options, TimeProvider clock, RecordCaches caches) : IApiKeyAuthenticator
{
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    private readonly byte[]? _bootstrapHash = options.Value.BootstrapAdminKey is { Length: > 0 } bootstrap ? ApiKeySecrets.Hash(bootstrap) : null;

    public async Task<AuthenticatedKey?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is 0 or > ApiKeySecrets.MaxLength)
        {
            return null;
        }

        var hash = ApiKeySecrets.Hash(secret);
        if (_bootstrapHash is not null && ApiKeySecrets.SameHash(hash, _bootstrapHash))
        {
            return new AuthenticatedKey(null, ApiKeyOptions.BootstrapName, Role.Admin, null, null);
        }

        var cacheKey = Convert.ToBase64String(hash);
        var now = clock.Now();
        if (caches.Keys.TryGet(cacheKey, out var cached))
        {
            if (now - cached.LastUseWritten < LastUseResolution)
            {
                return cached.Key;
            }
        }

        var generation = caches.Keys.Generation;
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash)
            .Select(k => new
            {
                k.Id,
                k.Name,
                k.Role,
                k.IkmId,
                k.IndustryId,
                k.Hash,
                k.LastUsedAt,
                k.RevokedAt,
                BoundToArchived = db.Ikms.Any(i => i.Id == k.IkmId && i.Status == RecordStatus.Archived)
                    || db.Industries.Any(i => i.Id == k.IndustryId && i.Status == RecordStatus.Archived),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null || key.RevokedAt is not null || key.BoundToArchived || !ApiKeySecrets.SameHash(hash, key.Hash))
        {
            return null;
        }

        var lastUse = key.LastUsedAt;
        if (lastUse is null || now - lastUse >= LastUseResolution)
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            lastUse = now;
        }

        var authenticated = new AuthenticatedKey(key.Id, key.Name, key.Role, key.IkmId, key.IndustryId);
        caches.Keys.TrySet(cacheKey, new CachedKey(authenticated, lastUse.Value), generation);
        return authenticated;
    }
}
