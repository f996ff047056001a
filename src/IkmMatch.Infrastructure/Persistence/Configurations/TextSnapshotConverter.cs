using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

/// <summary>
/// Keeps a <see cref="Text"/> in a stored match snapshot as its key and typed arguments, so that the explanation is
/// said in the language of whoever reads the partnership later: <c>{"key":"match.kbli.exact","args":[{"s":"25111"},{"n":0.85},{"d":"2026-12-30"},{"rp":24000000},{"t":{…}}]}</c>.
/// A snapshot stored before explanations had keys holds plain English strings; they are read as literal text.
/// </summary>
internal sealed class TextSnapshotConverter : JsonConverter<Text>
{
    public override Text Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Text.Literal(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return FromElement(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, Text value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.Key);
        writer.WriteStartArray("args");
        foreach (var arg in value.Args)
        {
            writer.WriteStartObject();
            switch (arg)
            {
                case Text text:
                    writer.WritePropertyName("t");
                    Write(writer, text, options);
                    break;
                case int n:
                    writer.WriteNumber("n", n);
                    break;
                case long n:
                    writer.WriteNumber("n", n);
                    break;
                case decimal n:
                    writer.WriteNumber("n", n);
                    break;
                case DateOnly date:
                    writer.WriteString("d", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case Rupiah money:
                    writer.WriteNumber("rp", money.Amount);
                    break;
                default:
                    writer.WriteString("s", Convert.ToString(arg, CultureInfo.InvariantCulture));
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Text FromElement(JsonElement element)
    {
        var key = element.GetProperty("key").GetString() ?? Text.LiteralKey;
        var args = new List<object>();
        foreach (var arg in element.GetProperty("args").EnumerateArray())
        {
            var property = arg.EnumerateObject().First();
            args.Add(property.Name switch
            {
                "t" => FromElement(property.Value),
                "n" => property.Value.GetDecimal(),
                "d" => DateOnly.ParseExact(property.Value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                "rp" => new Rupiah(property.Value.GetInt64()),
                _ => property.Value.GetString() ?? string.Empty,
            });
        }

        return new Text(key, args);
    }
}
