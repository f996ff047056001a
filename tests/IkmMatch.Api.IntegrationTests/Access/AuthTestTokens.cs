using System.Net.Http.Headers;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>Bearer tokens as the identity provider would sign them, with the test signing key of <see cref="AuthJwtApiFactory"/>.</summary>
public static class AuthTestTokens
{
    public const string SigningKey = "test-jwt-signing-key-0123456789abcdef-0123456789";
    public const string Issuer = "https://sso.test.cilegon.go.id";
    public const string Audience = "ikmmatch-api";

    /// <summary>
    /// A signed token; <paramref name="role"/>, <paramref name="ikmId"/> and <paramref name="industryId"/> are left out
    /// when null. <paramref name="signingKey"/> null signs with the configured key; empty makes an unsigned token.
    /// </summary>
    public static string Create(
        string? sub = "petugas-1",
        string? role = "admin",
        string? ikmId = null,
        string? industryId = null,
        string? signingKey = null,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? expires = null)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (sub is not null)
        {
            claims["sub"] = sub;
        }

        if (role is not null)
        {
            claims["role"] = role;
        }

        if (ikmId is not null)
        {
            claims["ikm_id"] = ikmId;
        }

        if (industryId is not null)
        {
            claims["industry_id"] = industryId;
        }

        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
        };
        var key = signingKey ?? SigningKey;
        if (key.Length > 0)
        {
            descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>Sends <paramref name="token"/> as the bearer token, and no API key.</summary>
    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>A host that accepts bearer tokens signed with <see cref="AuthTestTokens.SigningKey"/> for its issuer and audience.</summary>
public class AuthJwtApiFactory : AuthApiFactory
{
    public AuthJwtApiFactory()
    {
        Settings["Auth:Jwt:SigningKey"] = AuthTestTokens.SigningKey;
        Settings["Auth:Jwt:Issuer"] = AuthTestTokens.Issuer;
        Settings["Auth:Jwt:Audience"] = AuthTestTokens.Audience;
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token and no API key.</summary>
    public HttpClient CreateBearerClient(string token) => CreateClient().WithBearer(token);
}
