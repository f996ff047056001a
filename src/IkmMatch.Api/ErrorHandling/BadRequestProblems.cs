using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using IkmMatch.Domain.Common;
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
            return ApiExceptionHandler.Problem(status, "Request body too large", new Text("problem.bodyTooLarge", RequestLimits.MaxBodyBytes));
        }

        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return ApiExceptionHandler.Problem(status, "Unsupported media type", new Text("problem.unsupportedMediaType"));
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
                [name] = [ProblemText.Say("validation.query.invalid", parameter.Groups["value"].Value, name)],
            });
        }

        if (exception.Message.Contains("request body", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("Implicit body", StringComparison.OrdinalIgnoreCase))
        {
            return ApiExceptionHandler.Problem(status, "Bad request", new Text("problem.bodyRequired"));
        }

        return ApiExceptionHandler.Problem(status, "Bad request", exception.Message);
    }

    /// <summary>A JSON reading failure as the problem's <c>errors</c>, keyed by the wire path of the property it concerns.</summary>
    internal static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var path = WirePath(json.Path);
        var message = json.Message;

        var missing = MissingPattern().Match(message);
        if (missing.Success)
        {
            var names = QuotedName().Matches(missing.Groups["names"].Value).Select(m => m.Groups[1].Value);
            return names.ToDictionary(n => Join(path, n), n => new[] { ProblemText.Say("validation.json.required", n) }, StringComparer.Ordinal);
        }

        var duplicate = DuplicatePattern().Match(message);
        if (duplicate.Success)
        {
            var name = duplicate.Groups["name"].Value;
            return new() { [Named(path, name)] = [ProblemText.Say("validation.json.duplicate", name)] };
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
                    ? ProblemText.Say("validation.json.unknown", name)
                    : ProblemText.Say("validation.json.unknownCase", name, hint)],
            };
        }

        if (message.Contains("null values", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
        {
            return new() { [path] = [ProblemText.Say("validation.json.null")] };
        }

        var conversion = ConversionPattern().Match(message);
        if (conversion.Success)
        {
            return new() { [path] = [ProblemText.Say("validation.json.type", Describe(conversion.Groups["type"].Value))] };
        }

        // Malformed JSON: the reader's own words say what and where ("'}' is invalid after a value…").
        Text position = json.LineNumber is { } line ? new("validation.json.position", line + 1, (json.BytePositionInLine ?? 0) + 1) : Text.Literal(string.Empty);
        var reason = (json.InnerException?.Message ?? message).Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]
            .Replace("Change the reader options.", string.Empty, StringComparison.Ordinal).Trim();
        return new() { [path] = [ProblemText.Say("validation.json.malformed", position, reason)] };
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

    private static Text Describe(string typeName)
    {
        var nullable = NullablePattern().Match(typeName);
        if (nullable.Success)
        {
            typeName = nullable.Groups["inner"].Value;
        }

        return typeName switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" => new Text("validation.json.wholeNumber"),
            "System.Decimal" or "System.Double" or "System.Single" => new Text("validation.json.number"),
            "System.Boolean" => new Text("validation.json.boolean"),
            "System.String" => new Text("validation.json.string"),
            "System.Guid" => new Text("validation.json.uuid"),
            "System.DateOnly" => new Text("validation.json.date"),
            "System.DateTimeOffset" or "System.DateTime" => new Text("validation.json.dateTime"),
            _ when FindType(typeName) is { IsEnum: true } enumType => new Text("validation.json.oneOf", string.Join(", ", EnumNames(enumType))),
            _ when typeName.Contains("List", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal) => new Text("validation.json.array"),
            _ => new Text("validation.json.object"),
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
