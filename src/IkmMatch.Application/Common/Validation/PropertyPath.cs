using System.Text;

namespace IkmMatch.Application.Common.Validation;

/// <summary>Turns FluentValidation property paths (<c>Body.Capabilities[0].Kbli</c>) into the wire's camelCase paths (<c>capabilities[0].kbli</c>).</summary>
public static class PropertyPath
{
    /// <summary>Commands carry the request body in a property of this name; it is not part of the wire path.</summary>
    public const string BodyProperty = "Body";

    /// <summary>Validation failures as the problem's <c>errors</c>: messages grouped by wire path.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<FluentValidation.Results.ValidationFailure> failures) => failures
        .GroupBy(f => ToWire(f.PropertyName), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);

    public static string ToWire(string path)
    {
        if (path == BodyProperty || path.Length == 0)
        {
            return "$";
        }

        if (path.StartsWith(BodyProperty + ".", StringComparison.Ordinal))
        {
            path = path[(BodyProperty.Length + 1)..];
        }

        var result = new StringBuilder(path.Length);
        var startOfSegment = true;
        foreach (var c in path)
        {
            result.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }

        return result.ToString();
    }
}
