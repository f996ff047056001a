using System.Globalization;
using IkmMatch.Application.Common.Models;
using Microsoft.Net.Http.Headers;

namespace IkmMatch.Api.Http;

/// <summary>Strong ETags of the form <c>"7"</c>, the resource's concurrency version.</summary>
internal static class ETags
{
    public static string Format(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Reads <c>If-Match</c>: absent or <c>*</c> means any version; one ETag names the version expected; anything else
    /// (a weak or malformed tag, several tags) can never match the current version and so fails with 412.
    /// </summary>
    public static Precondition FromIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return Precondition.None;
        }

        if (EntityTagHeaderValue.TryParse(ifMatch.Trim(), out var tag) && !tag.IsWeak
            && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return new Precondition(version);
        }

        return new Precondition(-1);
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Format(version);
}
