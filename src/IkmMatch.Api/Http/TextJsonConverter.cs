using System.Text.Json;
using System.Text.Json.Serialization;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Api.Http;

/// <summary>Writes a <see cref="Text"/> (an explanation, an unmet requirement) as a string in the language of the request.</summary>
internal sealed class TextJsonConverter : JsonConverter<Text>
{
    public override Text Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Text.Literal(reader.GetString() ?? string.Empty);

    public override void Write(Utf8JsonWriter writer, Text value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Say());
}
