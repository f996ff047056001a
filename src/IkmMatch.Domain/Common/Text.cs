namespace IkmMatch.Domain.Common;

/// <summary>
/// Words for people, kept as a message key and its arguments so that the API can say them in the caller's language
/// (the catalogues live outside the Domain). Arguments are data, never translated: a <see cref="string"/> as written,
/// a number (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>), a <see cref="DateOnly"/>, an amount of
/// <see cref="Rupiah"/>, or another <see cref="Text"/> said in the same language.
/// </summary>
public sealed class Text : IEquatable<Text>
{
    /// <summary>The key of a text given as it is, in no particular language (a message that has no key yet).</summary>
    public const string LiteralKey = "";

    public Text(string key, params IReadOnlyList<object> args)
    {
        Key = key;
        Args = args;
    }

    public string Key { get; }

    public IReadOnlyList<object> Args { get; }

    /// <summary>Words that are the same in every language: a name, or a message from before it had a key.</summary>
    public static Text Literal(string text) => new(LiteralKey, text);

    public bool Equals(Text? other) =>
        other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    public override bool Equals(object? obj) => Equals(obj as Text);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key);
        foreach (var arg in Args)
        {
            hash.Add(arg);
        }

        return hash.ToHashCode();
    }

    /// <summary>The key and its arguments, for logs and debugging; people read the rendered text.</summary>
    public override string ToString() =>
        Key == LiteralKey && Args.Count == 1 ? Args[0].ToString() ?? string.Empty : $"{Key}({string.Join(", ", Args)})";
}

/// <summary>An amount in whole rupiah, written as money in prose (Rp 24.000.000).</summary>
public readonly record struct Rupiah(long Amount);
