using System.Security.Claims;
using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Access;

namespace IkmMatch.Api.Auth;

/// <summary>
/// The caller as the authenticated principal of the request says. The role counts only with its binding: an ikm
/// caller without a valid <c>ikm_id</c> (or an industry caller without <c>industry_id</c>) has no role, and may do nothing.
/// </summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string Anonymous = "anonymous";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <summary>Recorded when there is no request at all (start-up work such as seeding).</summary>
    public const string System = "system";

    public string Name => accessor.HttpContext is null ? System : User?.Identity?.Name is { Length: > 0 } name ? name : Anonymous;

    public string Subject => User is { } user
        ? (user.Identity!.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName ? "key:" : "token:") + user.FindFirst(IkmMatchClaims.Subject)?.Value
        : Anonymous;

    public Role? Role
    {
        get
        {
            var role = RoleNames.FromWire(User?.FindFirst(IkmMatchClaims.Role)?.Value);
            return role switch
            {
                Domain.Access.Role.Ikm when IkmId is null => null,
                Domain.Access.Role.Industry when IndustryId is null => null,
                _ => role,
            };
        }
    }

    public Guid? IkmId => BoundId(IkmMatchClaims.IkmId);

    public Guid? IndustryId => BoundId(IkmMatchClaims.IndustryId);

    private Guid? BoundId(string claim) =>
        Guid.TryParse(User?.FindFirst(claim)?.Value, out var id) && id != Guid.Empty ? id : null;
}
