using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The resource named by the request does not exist. Answered with 404.</summary>
/// <param name="resource">The kind of record, a catalogue key under <c>resource.</c>: <c>Need</c>, <c>IKM</c>, <c>Industry</c>, <c>Partnership</c>, <c>ApiKey</c>.</param>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;

    public Text Text { get; } = new("problem.notFound", new Text("resource." + resource), key.ToString() ?? string.Empty);
}
