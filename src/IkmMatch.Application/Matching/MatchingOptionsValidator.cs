using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching;

/// <summary>Refuses to start with weights that cannot rank anything (a negative weight, or no weight on relevance), or a negative limit.</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var problems = options.ToWeights().Problems().ToList();
        if (options.MaxConcurrentRankings < 0)
        {
            problems.Add("Matching:MaxConcurrentRankings must be 0 (one per processor) or more.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
