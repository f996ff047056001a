using System.Text;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>Access to the data files embedded under <c>Seeding/Data</c>.</summary>
internal static class SeedResources
{
    public static T Read<T>(string resourceName, Func<TextReader, string, T> parse)
    {
        using var stream = typeof(SeedResources).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded seed data '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return parse(reader, resourceName);
    }

    /// <summary>A unit as written in the data files and on the wire: lower-case enum name ("pcs", "m2", "hour").</summary>
    public static CapacityUnit? ParseUnit(string text)
    {
        foreach (var unit in Enum.GetValues<CapacityUnit>())
        {
            if (string.Equals(unit.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        return null;
    }
}
