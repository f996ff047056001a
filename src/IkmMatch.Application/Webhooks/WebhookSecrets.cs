using System.Security.Cryptography;

namespace IkmMatch.Application.Webhooks;

/// <summary>Standard Webhooks secrets: <c>whsec_</c> and the base64 of 32 random bytes.</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
