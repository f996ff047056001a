namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The resource named by the request does not exist. Answered with 404.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}
