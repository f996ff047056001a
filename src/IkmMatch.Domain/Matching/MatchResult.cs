using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// The score of one IKM for one need, with every criterion explained. The points of the breakdown add up to
/// <see cref="Score"/> exactly; <see cref="Unmet"/> is empty when <see cref="Eligible"/>.
/// </summary>
public sealed record MatchResult(decimal Score, bool Eligible, IReadOnlyList<CriterionScore> Breakdown, IReadOnlyList<UnmetRequirement> Unmet);

/// <summary>One criterion: its weight, its value 0..1, the points it adds to the 0–100 score, and why (a <see cref="Text"/>, said in the caller's language).</summary>
public sealed record CriterionScore(string Criterion, decimal Weight, decimal Value, decimal Points, Text Explanation);

/// <summary>A hard requirement the IKM does not meet: a code such as <c>certification:ISO9001</c>, and plain words (a <see cref="Text"/>).</summary>
public sealed record UnmetRequirement(string Code, Text Detail);
