using System.Globalization;
using System.Text.RegularExpressions;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The arithmetic of a match breakdown as DESIGN §3 states it, checked from the response alone: six criteria in a fixed
/// order; relevance earns 100 × w ÷ Σw × r points, each fit criterion 100 × w ÷ Σw × value × r (r the relevance value),
/// every figure rounded to 2 decimals; the score is the sum of the rounded points.
/// </summary>
public static partial class MatchArithmetic
{
    public static readonly string[] Criteria = ["relevance", "capacity", "certifications", "location", "trackRecord", "verification"];

    /// <summary>The default weights, in the order of <see cref="Criteria"/>.</summary>
    public static readonly decimal[] DefaultWeights = [50m, 15m, 10m, 10m, 10m, 5m];

    public static CriterionDto Criterion(this IReadOnlyList<CriterionDto> breakdown, string name) => breakdown.Single(c => c.Criterion == name);

    /// <summary>The relevance r of a breakdown: the value of its relevance criterion.</summary>
    public static decimal Relevance(this IReadOnlyList<CriterionDto> breakdown) => breakdown.Criterion("relevance").Value;

    /// <summary>The text figure the relevance explanation states ("… (text 0.65); KBLI …").</summary>
    public static decimal TextFigure(this IReadOnlyList<CriterionDto> breakdown)
    {
        var match = TextFigurePattern().Match(breakdown.Criterion("relevance").Explanation);
        match.Success.ShouldBeTrue(breakdown.Criterion("relevance").Explanation);
        return decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The points a criterion of weight <paramref name="weight"/> and value <paramref name="value"/> earns at relevance <paramref name="relevance"/>.</summary>
    public static decimal Points(decimal weight, decimal value, decimal relevance, decimal totalWeight = 100m) =>
        Math.Round(100m * weight * value * relevance / totalWeight, 2, MidpointRounding.AwayFromZero);

    /// <summary>Relevance from the text figure and the KBLI agreement value (1, 0.75, 0.5, 0.25, 0): text × (0.8 + 0.2 k) + 0.05 k, at most 1.</summary>
    public static decimal RelevanceOf(decimal text, decimal kbli) =>
        Math.Round(Math.Min(1m, (text * (0.8m + (0.2m * kbli))) + (0.05m * kbli)), 4, MidpointRounding.AwayFromZero);

    /// <summary>The breakdown has the six criteria with the default weights, every point figure follows from weight, value and relevance, and they add up to the score.</summary>
    public static void ShouldAddUp(IReadOnlyList<CriterionDto> breakdown, decimal score, string context)
    {
        breakdown.Select(c => c.Criterion).ShouldBe(Criteria, context);
        breakdown.Select(c => c.Weight).ShouldBe(DefaultWeights, context);
        breakdown.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Explanation), context);
        breakdown.ShouldAllBe(c => c.Value >= 0m && c.Value <= 1m, context);
        var total = breakdown.Sum(c => c.Weight);
        var r = breakdown.Relevance();
        breakdown[0].Points.ShouldBe(Points(breakdown[0].Weight, 1m, r, total), $"{context}: relevance points");
        foreach (var fit in breakdown.Skip(1))
        {
            fit.Points.ShouldBe(Points(fit.Weight, fit.Value, r, total), $"{context}: {fit.Criterion} points");
        }

        breakdown.Sum(c => c.Points).ShouldBe(score, context);
    }

    [GeneratedRegex(@"\(text ([0-9.]+)\)")]
    private static partial Regex TextFigurePattern();
}
