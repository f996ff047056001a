using IkmMatch.Application.Common.Abstractions;

namespace IkmMatch.Api.Http;

/// <summary>
/// The caller's identity for histories and audit fields: the authenticated name when there is one, otherwise
/// "anonymous".
/// </summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string Anonymous = "anonymous";

    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
