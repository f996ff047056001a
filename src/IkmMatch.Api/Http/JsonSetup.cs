using System.Text.Json;
using System.Text.Json.Serialization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.Http;

internal static class JsonSetup
{
    /// <summary>
    /// The wire format: camelCase, enums as strings (names only, never numbers; units in lower case), and strict about
    /// nulls and required fields so that a bad body is a 400 naming the field, not a half-filled command.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter<CapacityUnit>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
    }

    public static IServiceCollection AddIkmMatchJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => Configure(o.JsonSerializerOptions));
        return services;
    }
}
