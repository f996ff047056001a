using System.Text.Json;
using System.Text.Json.Serialization;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.Http;

internal static class JsonSetup
{
    /// <summary>
    /// The wire format: camelCase, enums as strings (names only, never numbers; units and roles in lower case), and strict about
    /// nulls and required fields so that a bad body is a 400 naming the field, not a half-filled command. Bodies are read
    /// exactly as the OpenAPI document says (<c>additionalProperties: false</c>): a property given twice, a property the
    /// contract does not have, and a name in another case ("NIB" for "nib") are each a 400 naming the property.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.AllowDuplicateProperties = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        JsonConverterFactory[] lowerCase =
        [
            new JsonStringEnumConverter<CapacityUnit>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new JsonStringEnumConverter<Role>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new JsonStringEnumConverter<ProgrammeKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
        ];
        var names = new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false);
        options.Converters.Add(new OneNameEnumConverter(lowerCase, names));
        foreach (var converter in lowerCase)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(names);
        options.Converters.Add(new TextJsonConverter());
    }

    public static IServiceCollection AddIkmMatchJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => Configure(o.JsonSerializerOptions));
        return services;
    }

    /// <summary>
    /// Enum values are one name each. <see cref="JsonStringEnumConverter"/> alone also reads a comma-separated list
    /// ("Ciwandan, Grogol") as flags, even for enums that are not flags, and ORs the values into some other member
    /// (Purwakarta). Such a list is refused here as a value of the wrong type; everything else is left to the converter.
    /// Registered before the string converters, which stay in the options so that tooling still sees enums as strings.
    /// </summary>
    private sealed class OneNameEnumConverter(JsonConverterFactory[] lowerCase, JsonConverterFactory names) : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            var inner = (lowerCase.FirstOrDefault(c => c.CanConvert(typeToConvert)) ?? names).CreateConverter(typeToConvert, options)!;
            return (JsonConverter)Activator.CreateInstance(typeof(OneName<>).MakeGenericType(typeToConvert), inner)!;
        }

        private sealed class OneName<TEnum>(JsonConverter<TEnum> inner) : JsonConverter<TEnum>
            where TEnum : struct, Enum
        {
            public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType == JsonTokenType.String && reader.GetString()!.Contains(',', StringComparison.Ordinal))
                {
                    throw new JsonException(); // the serializer words it: "could not be converted to <enum>", with the path
                }

                return inner.Read(ref reader, typeToConvert, options);
            }

            public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => inner.Write(writer, value, options);

            public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                inner.ReadAsPropertyName(ref reader, typeToConvert, options);

            public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
                inner.WriteAsPropertyName(writer, value, options);
        }
    }
}
