using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching;

/// <summary>Refuses to start with weights that cannot rank anything (a negative weight, or all of them 0), or a candidate window under 1.</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var problems = options.ToWeights().Problems().ToList();
        if (options.CandidateWindow < 1)
        {
            problems.Add($"Matching:CandidateWindow is {options.CandidateWindow}; it must be 1 or more.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
