using System.Text.RegularExpressions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.UnitTests.Localization;

/// <summary>The catalogues say everything in both languages, with the same arguments, and every key the code uses exists.</summary>
public sealed partial class TextCatalogTests
{
    [Fact]
    public void Catalogues_HaveTheSameKeys_InBothLanguages()
    {
        var indonesian = TextCatalog.Templates(Language.Id).Keys.ToHashSet(StringComparer.Ordinal);
        var english = TextCatalog.Templates(Language.En).Keys.ToHashSet(StringComparer.Ordinal);

        indonesian.Except(english).Order(StringComparer.Ordinal).ShouldBeEmpty("messages only in Bahasa Indonesia (add them to EnglishTexts)");
        english.Except(indonesian).Order(StringComparer.Ordinal).ShouldBeEmpty("messages only in English (add them to IndonesianTexts)");
    }

    [Fact]
    public void Catalogues_UseTheSamePlaceholders_InBothLanguages()
    {
        var english = TextCatalog.Templates(Language.En);
        var mismatched = TextCatalog.Templates(Language.Id)
            .Where(t => english.TryGetValue(t.Key, out var other) && !Placeholders(t.Value).SetEquals(Placeholders(other)))
            .Select(t => $"{t.Key}: '{t.Value}' / '{english[t.Key]}'")
            .ToList();

        mismatched.ShouldBeEmpty();
    }

    [Fact]
    public void Catalogues_HaveNoEmptyMessages()
    {
        foreach (var language in Languages.All)
        {
            TextCatalog.Templates(language).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Code_UsesOnlyKeysTheCataloguesHave()
    {
        var keys = TextCatalog.Templates(Language.En).Keys.ToList();
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = new List<(string File, string Key, bool Prefix)>();
        foreach (var file in sources)
        {
            foreach (Match match in KeyUse().Matches(File.ReadAllText(file)))
            {
                used.Add((Path.GetFileName(file), match.Groups["key"].Value, match.Groups["concat"].Success));
            }
        }

        used.Count.ShouldBeGreaterThan(100, "the scan finds the message keys in the code");
        var missing = used
            .Where(u => u.Prefix ? !keys.Any(k => k.StartsWith(u.Key, StringComparison.Ordinal)) : !keys.Contains(u.Key))
            .Select(u => $"{u.File}: {u.Key}")
            .Distinct()
            .ToList();
        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("IKM", "IKM")]
    [InlineData("Industry", "Industri")]
    [InlineData("Need", "Kebutuhan")]
    [InlineData("Partnership", "Kemitraan")]
    [InlineData("ApiKey", "Kunci API")]
    public void Resources_NamedInProblems_AreInBothLanguages(string resource, string indonesian)
    {
        TextCatalog.Render(new Text("resource." + resource), Language.Id).ShouldBe(indonesian);
        TextCatalog.Template("resource." + resource, Language.En).ShouldNotBeNull();
    }

    [Fact]
    public void Render_WritesArgumentsForTheLanguage_AndChoosesPlurals()
    {
        var text = new Text("match.capacity.covers", 24000.5m, "kg", Text.Literal(string.Empty), 1000);

        TextCatalog.Render(text, Language.Id).ShouldBe("kapasitas 24.000,5 kg per bulan mencukupi kebutuhan 1.000");
        TextCatalog.Render(text, Language.En).ShouldBe("capacity 24,000.5 kg/month covers the 1,000 needed");
        TextCatalog.Render(new Text("match.trackRecord.rated", 1, 5m, 3.67m), Language.En).ShouldStartWith("1 completed partnership rated 5");
        TextCatalog.Render(new Text("match.trackRecord.rated", 2, 4.5m, 3.75m), Language.En).ShouldStartWith("2 completed partnerships rated 4.5");
    }

    [Fact]
    public void Render_LeavesOtherBraces_ForFluentValidation()
    {
        TextCatalog.Render(new Text("validation.maxLength", 200), Language.Id).ShouldBe("'{PropertyName}' paling banyak 200 karakter.");
    }

    [Fact]
    public void Render_ALiteral_IsTheSameInEveryLanguage()
    {
        TextCatalog.Render(Text.Literal("no valid ISO9001 on 2027-03-01"), Language.Id).ShouldBe("no valid ISO9001 on 2027-03-01");
    }

    [Fact]
    public void Render_AnUnknownKey_SaysTheKey()
    {
        TextCatalog.Render(new Text("no.such.key", 1), Language.Id).ShouldBe("no.such.key(1)");
    }

    private static HashSet<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups["name"].Value)];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IkmMatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IkmMatch.sln not found above the test's directory.");
    }

    // {0}, {1|one|other} (the argument's position) and FluentValidation's {PropertyName}, {MaxLength}, ….
    [GeneratedRegex(@"\{(?<name>[A-Za-z]+|\d+)(\|[^}]*)?\}")]
    private static partial Regex Placeholder();

    // new Text("key", …), new("key", …) where a Text is meant, .Say("key", …), ProblemText.Say("key", …); "key." + … is a family of keys.
    [GeneratedRegex("""(?:new Text\(|\bnew\(|\.Say\(|ProblemText\.Say\()"(?<key>(?:match|problem|validation|report|resource|title)\.[A-Za-z.]*)"(?<concat>\s*\+)?""")]
    private static partial Regex KeyUse();
}
