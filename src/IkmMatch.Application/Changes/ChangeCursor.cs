using System.Buffers.Binary;

namespace IkmMatch.Application.Changes;

/// <summary>
/// The opaque cursor of the changes feed: the outbox position of the last event a reader has seen, written so that
/// readers keep it as it is rather than compute with it. <c>0</c> is the start of the feed.
/// </summary>
public static class ChangeCursor
{
    public const string Start = "0";

    private const string Prefix = "c1.";

    public static string Encode(long position)
    {
        if (position <= 0)
        {
            return Start;
        }

        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, position);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position of <paramref name="cursor"/> (null or empty: the start); false when it is not a cursor this feed gave.</summary>
    public static bool TryDecode(string? cursor, out long position)
    {
        position = 0;
        if (string.IsNullOrEmpty(cursor) || cursor == Start)
        {
            return true;
        }

        if (!cursor.StartsWith(Prefix, StringComparison.Ordinal) || cursor.Length != Prefix.Length + 11)
        {
            return false;
        }

        var text = cursor[Prefix.Length..].Replace('-', '+').Replace('_', '/') + "=";
        Span<byte> bytes = stackalloc byte[9];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != 8)
        {
            return false;
        }

        position = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return position > 0;
    }
}
