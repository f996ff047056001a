namespace IkmMatch.Api.Auth;

/// <summary>
/// The claims IkmMatch reads from a caller, whether an API key or a bearer token authenticated it. Tokens from the
/// identity provider carry them under these names.
/// </summary>
internal static class IkmMatchClaims
{
    /// <summary>The caller's stable identity: a token's subject, a key's id.</summary>
    public const string Subject = "sub";

    /// <summary>The longest token subject accepted (identity providers issue far shorter ones); it must fit where actors are recorded.</summary>
    public const int SubjectMaxLength = 128;

    /// <summary>The name recorded as actor: a key's name (for tokens the subject is recorded).</summary>
    public const string Name = "name";

    /// <summary>admin, integration, industry or ikm.</summary>
    public const string Role = "role";

    /// <summary>The IKM an ikm caller acts for.</summary>
    public const string IkmId = "ikm_id";

    /// <summary>The industry an industry caller acts for.</summary>
    public const string IndustryId = "industry_id";
}
