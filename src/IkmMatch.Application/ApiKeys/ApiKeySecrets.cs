using System.Security.Cryptography;
using System.Text;

namespace IkmMatch.Application.ApiKeys;

/// <summary>
/// Making and recognising key secrets: 256 random bits, written as <c>ikm_</c> and 43 base64url characters. Only the
/// SHA-256 of a secret is stored: the secret has 256 bits of entropy, so a salt or a slow hash would add nothing.
/// </summary>
public static class ApiKeySecrets
{
    public const string Marker = "ikm_";

    /// <summary>The characters of a secret kept to recognise it in lists: the marker and 6 more (36 bits).</summary>
    public const int PrefixLength = 10;

    /// <summary>No secret is longer; anything longer is refused before it is hashed.</summary>
    public const int MaxLength = 256;

    public static string Generate() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static string Prefix(string secret) => secret[..Math.Min(PrefixLength, secret.Length)];

    /// <summary>Compares two hashes in time that does not depend on where they differ.</summary>
    public static bool SameHash(byte[] a, byte[] b) => CryptographicOperations.FixedTimeEquals(a, b);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
