using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.ApiKeys.RevokeApiKey;

/// <summary>Revokes a key at once; revoking a revoked key changes nothing.</summary>
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand, IAuthorizedRequest
{
    public Operation Operation => Operation.RevokeApiKey;
}
