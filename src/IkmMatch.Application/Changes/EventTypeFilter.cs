using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Changes;

/// <summary>A list of event types, each a type (<c>ikm.updated</c>) or a record's prefix (<c>ikm.*</c>), resolved to the types it names.</summary>
public static class EventTypeFilter
{
    /// <summary>The types <paramref name="types"/> names (null: every type); false when one of them names none.</summary>
    public static bool TryParse(string? types, out IReadOnlyList<string>? resolved)
    {
        resolved = null;
        if (string.IsNullOrWhiteSpace(types))
        {
            return true;
        }

        var result = new List<string>();
        foreach (var part in types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var matched = part.EndsWith(".*", StringComparison.Ordinal)
                ? EventTypes.All.Where(t => t.StartsWith(part[..^1], StringComparison.Ordinal)).ToList()
                : EventTypes.All.Where(t => t == part).ToList();
            if (matched.Count == 0)
            {
                return false;
            }

            result.AddRange(matched);
        }

        resolved = [.. result.Distinct(StringComparer.Ordinal)];
        return true;
    }
}
