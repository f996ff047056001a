namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The request broke one or more validation rules. Errors are keyed by camelCase path (<c>capabilities[0].kbli</c>).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
