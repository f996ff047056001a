using System.Globalization;
using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// Edits a JSON body at a wire path (<c>capabilities[0].unit</c>) and writes it as text, so that the new value can be
/// any JSON text at all: <c>1e400</c>, <c>-0</c>, 200 nested arrays, or something that is not JSON.
/// </summary>
public static class JsonEdit
{
    private const string Placeholder = "__raw_value_placeholder__";

    /// <summary>The body with the value at <paramref name="path"/> replaced by the raw text <paramref name="rawValue"/> ("$" replaces the whole body).</summary>
    public static string Set(JsonNode body, string path, string rawValue)
    {
        if (path == "$")
        {
            return rawValue;
        }

        var copy = body.DeepClone();
        var (parent, key) = Locate(copy, path);
        switch (parent)
        {
            case JsonObject obj:
                obj[key] = Placeholder;
                break;
            case JsonArray array:
                array[int.Parse(key, CultureInfo.InvariantCulture)] = Placeholder;
                break;
            default:
                throw new InvalidOperationException($"{path} is not inside an object or array");
        }

        return copy.ToJsonString().Replace($"\"{Placeholder}\"", rawValue, StringComparison.Ordinal);
    }

    /// <summary>The body without the properties at <paramref name="paths"/>.</summary>
    public static string Remove(JsonNode body, params string[] paths)
    {
        var copy = body.DeepClone();
        foreach (var path in paths)
        {
            var (parent, key) = Locate(copy, path);
            parent.AsObject().Remove(key).ShouldBeTrue($"{path} should exist");
        }

        return copy.ToJsonString();
    }

    private static (JsonNode Parent, string Key) Locate(JsonNode root, string path)
    {
        var segments = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(segment, CultureInfo.InvariantCulture)]! : node[segment]!;
        }

        return (node, segments[^1]);
    }
}
