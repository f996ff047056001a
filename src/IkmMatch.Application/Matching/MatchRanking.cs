namespace IkmMatch.Application.Matching;

internal static class MatchRanking
{
    /// <summary>
    /// Negative when the first ranks before the second: eligible first, then by score descending, then by id (as
    /// PostgreSQL orders uuids: by their text) — stable and deterministic whatever order the rows arrived in.
    /// </summary>
    public static int Compare(bool eligibleA, decimal scoreA, Guid idA, bool eligibleB, decimal scoreB, Guid idB)
    {
        if (eligibleA != eligibleB)
        {
            return eligibleA ? -1 : 1;
        }

        var byScore = scoreB.CompareTo(scoreA);
        return byScore != 0 ? byScore : CompareAsText(idA, idB);
    }

    /// <summary>Orders uuids as their text does (and PostgreSQL does): their 16 bytes in big-endian order, unsigned.</summary>
    public static int CompareAsText(Guid a, Guid b)
    {
        Span<byte> x = stackalloc byte[16];
        Span<byte> y = stackalloc byte[16];
        a.TryWriteBytes(x, bigEndian: true, out _);
        b.TryWriteBytes(y, bigEndian: true, out _);
        return x.SequenceCompareTo(y);
    }
}
