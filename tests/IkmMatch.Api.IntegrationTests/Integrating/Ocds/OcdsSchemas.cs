using System.Text.Json.Nodes;
using Json.Schema;

namespace IkmMatch.Api.IntegrationTests.Integrating.Ocds;

/// <summary>The OCDS 1.1 schemas shipped beside this file (see README.md there), ready to validate against.</summary>
public static class OcdsSchemas
{
    private const string Base = "https://standard.open-contracting.org/schema/1__1__5/";

    private static readonly Lazy<(JsonSchema ReleasePackage, JsonSchema RecordPackage, EvaluationOptions Options)> Loaded = new(Load);

    /// <summary>The errors of <paramref name="package"/> against the release package schema (empty when it is valid).</summary>
    public static IReadOnlyList<string> ReleasePackageErrors(JsonNode package) => Errors(Loaded.Value.ReleasePackage, package);

    public static IReadOnlyList<string> RecordPackageErrors(JsonNode package) => Errors(Loaded.Value.RecordPackage, package);

    private static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode instance)
    {
        var result = schema.Evaluate(instance, Loaded.Value.Options);
        return result.IsValid
            ? []
            : [.. (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))];
    }

    private static (JsonSchema, JsonSchema, EvaluationOptions) Load()
    {
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            EvaluateAs = SpecVersion.Draft7,
            RequireFormatValidation = true,
        };
        var release = Read("release-schema.json");
        var releasePackage = Read("release-package-schema.json");
        var recordPackage = Read("record-package-schema.json");
        options.SchemaRegistry.Register(new Uri(Base + "release-schema.json"), release);
        options.SchemaRegistry.Register(new Uri(Base + "release-package-schema.json"), releasePackage);
        options.SchemaRegistry.Register(new Uri(Base + "record-package-schema.json"), recordPackage);
        // IkmMatch publishes no versioned release (OcdsTests holds that); its schema is not shipped, so its URI resolves to nothing to check.
        options.SchemaRegistry.Register(new Uri(Base + "versioned-release-validation-schema.json"), JsonSchema.FromText("{}"));
        return (releasePackage, recordPackage, options);
    }

    /// <summary>The schema as published, read as draft 7 (JsonSchema.Net does not evaluate draft 04; the keywords OCDS uses mean the same).</summary>
    private static JsonSchema Read(string name)
    {
        using var stream = typeof(OcdsSchemas).Assembly.GetManifestResourceStream("Ocds." + name)
            ?? throw new InvalidOperationException($"The OCDS schema {name} is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        var schema = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        RenameDeprecated(schema);
        return JsonSchema.FromText(schema.ToJsonString());
    }

    /// <summary>
    /// OCDS's <c>deprecated</c> is an object (version and reason) where later drafts define a boolean keyword of that
    /// name; it only annotates, so it is kept under another name that validation ignores.
    /// </summary>
    private static void RenameDeprecated(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["deprecated"] is JsonObject note)
                {
                    obj.Remove("deprecated");
                    obj["ocdsDeprecated"] = note;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    RenameDeprecated(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RenameDeprecated(child);
                }

                break;
        }
    }
}
