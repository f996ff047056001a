using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// Mutates a valid request body into malformed, mistyped, oversized or merely odd ones, deterministically from the
/// <see cref="Random"/> it is given: fields dropped, duplicated or replaced by random JSON of random types (huge
/// numbers, -0, "NaN", nesting deeper than the reader's limit of 64, long strings, unicode, control characters),
/// truncations, and byte garbage.
/// </summary>
public sealed class BodyFuzzer(Random random)
{
    private static readonly string[] Words =
    [
        "Ciwandan", "ciwandan", "CIWANDAN", "Outside", "Serang", "ton", "TON", "Ton", "pcs", "kg", "m2", "hour", "tonnes", "ISO9001",
        "iso9001", "TKDN", "Halal", "ISO27001", "Active", "Archived", "9120001234567", "8120009876543", "25111", "2511", "251111",
        "2027-12-31", "2027-02-30", "2027-12-31T00:00:00Z", "31/12/2027", "NaN", "Infinity", "-Infinity", "-0", "0", "1e400",
        "true", "null", "siti@contoh.id", "not-an-email", "+62 812 1111 2222", "call me", "00000000-0000-0000-0000-000000000000",
        "Ciwandan, Grogol", "Ciwandan,Grogol", "1", "8", "9", "Pcs, Kg",
    ];

    private static readonly string[] Unicode =
    [
        "CV Bája Lás Mändiri", "ＣＶ　全角", "UD Kerupuk 🦐🦐", "مؤسسة", "א", "e\u0301\u0301\u0301", "\u200b\u200b", "\u202eRTL",
        "\ufeffBOM", "ß", "İstanbul", "\u00a0", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u2028\u2029", "Ω≈ç√∫", "ǅ",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "12", "20", "0.5", "1.5", "-20.25", "1e3", "1E+2", "1e400", "-1e400", "1e-400", "2147483647",
        "2147483648", "-2147483649", "9223372036854775808", "79228162514264337593543950335", "79228162514264337593543950336",
        "123456789012345678901234567890.123456789", "0.0000000000000000000000000001", "100", "100.0001", "42.5", "9120001234567",
    ];

    /// <summary>Returns a description of what was done, and the body's bytes.</summary>
    public (string Kind, byte[] Body) Mutate(JsonObject valid)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 25 => Text("replace", Replace(valid, 1)),
            < 35 => Text("replace several", Replace(valid, random.Next(2, 5))),
            < 43 => Text("drop", Drop(valid)),
            < 50 => Text("duplicate", Duplicate(valid)),
            < 54 => Text("unknown field", AddUnknown(valid)),
            < 60 => Text("body is a random value", RandomValue(3)),
            < 66 => Text("deep nesting", JsonEdit.Set(valid, RandomPath(valid), Nested(random.Next(65, 400)))),
            < 76 => Truncate(valid),
            < 80 => ("garbage", Garbage(random.Next(1, 300))),
            < 86 => Corrupt(valid),
            < 90 => Text("raw control character", RawControl(valid)),
            < 93 => Text("long string", JsonEdit.Set(valid, RandomPath(valid), JsonString(new string('x', random.Next(1, 4) * 100_000)))),
            < 95 => Text("over 1 MB", JsonEdit.Set(valid, "name", JsonString(new string('x', 1_100_000)))),
            _ => Text("valid", valid.ToJsonString()),
        };
    }

    private static (string, byte[]) Text(string kind, string text) => (kind, Encoding.UTF8.GetBytes(text));

    private string Replace(JsonObject valid, int times)
    {
        JsonNode body = valid;
        var text = valid.ToJsonString();
        for (var i = 0; i < times; i++)
        {
            try
            {
                text = JsonEdit.Set(body, RandomPath(body), RandomValue(2));
                if (JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 }) is not JsonObject next)
                {
                    break;
                }

                body = next;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
            {
                break; // the last value was not JSON (on purpose): send what we have
            }
        }

        return text;
    }

    private string Drop(JsonObject valid)
    {
        var paths = AllPaths(valid).Where(p => !p.EndsWith(']')).ToList();
        return JsonEdit.Remove(valid, paths[random.Next(paths.Count)]);
    }

    /// <summary>A property written twice (text level: JsonObject cannot hold duplicates); the reader keeps the last.</summary>
    private string Duplicate(JsonObject valid)
    {
        var names = valid.Select(p => p.Key).ToList();
        var name = names[random.Next(names.Count)];
        var value = random.Next(2) == 0 ? valid[name]?.ToJsonString() ?? "null" : RandomValue(1);
        var text = valid.ToJsonString();
        return random.Next(2) == 0
            ? "{" + JsonString(name) + ":" + value + "," + text[1..]
            : text[..^1] + "," + JsonString(name) + ":" + value + "}";
    }

    private string AddUnknown(JsonObject valid)
    {
        var text = valid.ToJsonString();
        return text[..^1] + ",\"extra" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + "\":" + RandomValue(2) + "}";
    }

    private (string, byte[]) Truncate(JsonObject valid)
    {
        var text = Encoding.UTF8.GetBytes(valid.ToJsonString());
        var length = random.Next(0, text.Length);
        return ("truncated", text[..length]);
    }

    private (string, byte[]) Corrupt(JsonObject valid)
    {
        var text = Encoding.UTF8.GetBytes(valid.ToJsonString()).ToList();
        var at = random.Next(text.Count);
        switch (random.Next(3))
        {
            case 0:
                text[at] = (byte)random.Next(256);
                return ("byte replaced", [.. text]);
            case 1:
                text.InsertRange(at, Garbage(random.Next(1, 8)));
                return ("garbage inserted", [.. text]);
            default:
                text.RemoveAt(at);
                return ("byte removed", [.. text]);
        }
    }

    private string RawControl(JsonObject valid)
    {
        var text = valid.ToJsonString();
        var quotes = Enumerable.Range(0, text.Length).Where(i => text[i] == '"').ToList();
        var at = quotes[random.Next(quotes.Count)] + 1;
        return text[..at] + (char)random.Next(0, 32) + text[at..];
    }

    private byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private string RandomPath(JsonNode body)
    {
        var paths = AllPaths(body).ToList();
        return paths.Count == 0 ? "$" : paths[random.Next(paths.Count)];
    }

    private static IEnumerable<string> AllPaths(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    yield return path;
                    foreach (var inner in AllPaths(value, path))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{prefix}[{i.ToString(CultureInfo.InvariantCulture)}]";
                    yield return path;
                    foreach (var inner in AllPaths(array[i], path))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private string Nested(int depth)
    {
        var (open, close) = random.Next(3) switch
        {
            0 => ("[", "]"),
            1 => ("{\"a\":", "}"),
            _ => ("[{\"kbli\":", "}]"),
        };
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(RandomScalar());
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    /// <summary>A random JSON value as text, of a random type.</summary>
    private string RandomValue(int depth) => random.Next(depth > 0 ? 10 : 8) switch
    {
        8 => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(depth - 1))) + "]",
        9 => "{" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => JsonString(RandomWord()) + ":" + RandomValue(depth - 1))) + "}",
        _ => RandomScalar(),
    };

    private string RandomScalar() => random.Next(10) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 or 3 => Numbers[random.Next(Numbers.Length)],
        4 => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
        5 => JsonString(RandomWord()),
        6 => JsonString(Unicode[random.Next(Unicode.Length)]),
        7 => EscapedOddity(),
        8 => JsonString(new string((char)random.Next('a', 'z' + 1), random.Next(0, 260))),
        _ => JsonString(RandomAscii(random.Next(0, 20))),
    };

    private string RandomWord() => Words[random.Next(Words.Length)];

    private string RandomAscii(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(32, 127))]);

    /// <summary>Strings the encoder would not write itself: control characters (U+0000 too), lone surrogates, invalid escapes.</summary>
    private string EscapedOddity() => random.Next(9) switch
    {
        0 => "\"CV\\u0001Baja\\u001f\"",
        1 => "\"\\ud800\"",
        2 => "\"x\\udc00y\"",
        3 => "\"\\ud83e\\udd90\"",
        4 => "\"\\/\\b\\f\\n\\r\\t\"",
        5 => "\"\\u00e9\\u0301\"",
        6 => "\"\\x41\"",
        7 => "\"CV\\u0000Baja\"",
        _ => "\"tab\there\"",
    };

    private static string JsonString(string value) => JsonSerializer.Serialize(value);
}
