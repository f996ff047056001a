using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

internal static class MatchRanking
{
    /// <summary>
    /// Eligible first, then by score descending, then by id (as PostgreSQL orders uuids: by their text) — stable and
    /// deterministic whatever order the rows arrived in.
    /// </summary>
    public static List<(T Item, MatchResult Result)> Rank<T>(IEnumerable<(T Item, MatchResult Result)> scored, Func<T, Guid> id) =>
        [.. scored
            .OrderByDescending(s => s.Result.Eligible)
            .ThenByDescending(s => s.Result.Score)
            .ThenBy(s => id(s.Item).ToString(), StringComparer.Ordinal)];
}
