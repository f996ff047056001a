using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.ErrorHandling;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (unreadable JSON, a wrong type, an unknown enum value,
/// a missing field, a wrong content type, a body too large, an unparsable query value) into a problem that says
/// where the request went wrong, in the wire's own names.
/// </summary>
internal static partial class BadRequestProblems
{
    private static readonly ConcurrentDictionary<string, Type?> TypesByName = new(StringComparer.Ordinal);

    public static ProblemDetails From(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiExceptionHandler.Problem(status, "Request body too large", $"The request body is larger than {RequestLimits.MaxBodyBytes:N0} bytes.");
        }

        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return ApiExceptionHandler.Problem(status, "Unsupported media type", "Send the request body as JSON with 'Content-Type: application/json'.");
        }

        if (status != StatusCodes.Status400BadRequest)
        {
            return ApiExceptionHandler.Problem(status, "Bad request", exception.Message);
        }

        if (exception.InnerException is JsonException json)
        {
            return ApiExceptionHandler.Validation(JsonErrors(json));
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            return ApiExceptionHandler.Validation(new Dictionary<string, string[]>
            {
                [name] = [$"The value '{parameter.Groups["value"].Value}' is not valid for {name}."],
            });
        }

        if (exception.Message.Contains("request body", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("Implicit body", StringComparison.OrdinalIgnoreCase))
        {
            return ApiExceptionHandler.Problem(status, "Bad request", "A JSON request body is required.");
        }

        return ApiExceptionHandler.Problem(status, "Bad request", exception.Message);
    }

    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var path = WirePath(json.Path);
        var message = json.Message;

        var missing = MissingPattern().Match(message);
        if (missing.Success)
        {
            var names = QuotedName().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value);
            return names.ToDictionary(n => Join(path, n), n => new[] { $"'{n}' is required." }, StringComparer.Ordinal);
        }

        var duplicate = DuplicatePattern().Match(message);
        if (duplicate.Success)
        {
            var name = duplicate.Groups["name"].Value;
            return new() { [Named(path, name)] = [$"'{name}' is given more than once; give each property once."] };
        }

        var unmapped = UnmappedPattern().Match(message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var hint = FindType(unmapped.Groups["type"].Value)?.GetProperties()
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
            return new()
            {
                [Named(path, name)] = [hint is null
                    ? $"'{name}' is not a property of this object; see the request's schema."
                    : $"'{name}' is not a property of this object; names are case-sensitive: did you mean '{hint}'?"],
            };
        }

        if (message.Contains("null values", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
        {
            return new() { [path] = ["The value must not be null."] };
        }

        var conversion = ConversionPattern().Match(message);
        if (conversion.Success)
        {
            return new() { [path] = [$"The value is not valid: expected {Describe(conversion.Groups["type"].Value)}."] };
        }

        // Malformed JSON: the reader's own words say what and where ("'}' is invalid after a value…").
        var position = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : string.Empty;
        var reason = (json.InnerException?.Message ?? message).Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]
            .Replace("Change the reader options.", string.Empty, StringComparison.Ordinal).Trim();
        return new() { [path] = [$"The request body is not valid JSON{position}: {reason}"] };
    }

    /// <summary>"$.capabilities[0].kbli" → "capabilities[0].kbli"; the body itself stays "$".</summary>
    private static string WirePath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "$";
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }

    private static string Join(string path, string name) => path == "$" ? name : $"{path}.{name}";

    /// <summary>The path of property <paramref name="name"/>, whether the reader's path already ends with it or stops at its object.</summary>
    private static string Named(string path, string name) =>
        path == name || path.EndsWith("." + name, StringComparison.Ordinal) || path.EndsWith("['" + name + "']", StringComparison.Ordinal)
            ? path.Replace("['" + name + "']", "." + name, StringComparison.Ordinal).TrimStart('.')
            : Join(path, name);

    private static string Describe(string typeName)
    {
        var nullable = NullablePattern().Match(typeName);
        if (nullable.Success)
        {
            typeName = nullable.Groups["inner"].Value;
        }

        return typeName switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
            "System.Decimal" or "System.Double" or "System.Single" => "a number",
            "System.Boolean" => "true or false",
            "System.String" => "a string",
            "System.Guid" => "a UUID",
            "System.DateOnly" => "a date as YYYY-MM-DD",
            "System.DateTimeOffset" or "System.DateTime" => "an ISO 8601 date and time",
            _ when FindType(typeName) is { IsEnum: true } enumType => "one of: " + string.Join(", ", EnumNames(enumType)),
            _ when typeName.Contains("List", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ => "an object",
        };
    }

    private static IEnumerable<string> EnumNames(Type enumType) =>
        enumType == typeof(Domain.Registry.CapacityUnit)
            ? Enum.GetNames(enumType).Select(n => n.ToLowerInvariant())
            : Enum.GetNames(enumType);

    private static Type? FindType(string fullName) => TypesByName.GetOrAdd(fullName, static name =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("IkmMatch", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(name))
            .FirstOrDefault(t => t is not null));

    [GeneratedRegex(@"missing required properties including: (?<names>.*)\.?$", RegexOptions.Singleline)]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']+)'")]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'")]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.? Path", RegexOptions.Singleline)]
    private static partial Regex ConversionPattern();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<inner>[^,\]]+)")]
    private static partial Regex NullablePattern();

    [GeneratedRegex(@"Failed to bind parameter ""(?<type>[^""]*?) (?<name>[^"" ]+)"" from ""(?<value>[^""]*)""")]
    private static partial Regex ParameterPattern();
}
