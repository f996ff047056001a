using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching;

/// <summary>Refuses to start with weights that cannot rank anything (a negative weight, or no weight on relevance).</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var problems = options.ToWeights().Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
