using IkmMatch.Domain.Access;

namespace IkmMatch.Application.ApiKeys;

internal static class ApiKeyMapper
{
    public static ApiKeyResponse ToResponse(this ApiKey key) => new(
        key.Id, key.Name, key.Role, key.IkmId, key.IndustryId, key.Prefix, key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.RevokedBy);
}
