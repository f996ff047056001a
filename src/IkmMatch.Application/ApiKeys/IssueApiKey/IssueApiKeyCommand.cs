using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.ApiKeys.IssueApiKey;

/// <summary>Issues a key; the response carries its secret, shown this once.</summary>
public sealed record IssueApiKeyCommand(ApiKeyRequest Body) : ICommand<ApiKeyIssuedResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.IssueApiKey;
}
