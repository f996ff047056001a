using IkmMatch.Domain.Matching.Language;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// Whether an IKM's capability does the job a need asks for (DESIGN §3), as a figure 0..1 from two signals:
/// <list type="number">
/// <item><b>Text</b>: the need's terms (<see cref="ProcurementLanguage"/>) found among the capability's. The need's title
/// and keywords weigh <see cref="TitleShare"/> of it, its description the rest; a term in the capability's name counts in
/// full, one only in its description <see cref="DescriptionMatch"/>. A capability of more than <see cref="TypicalTerms"/>
/// distinct terms is discounted by √(typical ÷ its terms), so that a catalogue of everything does not match everything,
/// while a short profile loses nothing for being short.</item>
/// <item><b>KBLI agreement</b> of the capability with the need (5 digits 1, 4 → 0.75, 3 → 0.5, the division 0.25, another
/// division 0): it supports the text, it cannot replace it. Relevance = text × (0.8 + 0.2 × agreement) + 0.05 × agreement,
/// at most 1, so an exact code with unrelated text stays at 0.05 and a strong text match in a neighbouring code stays strong.</item>
/// </list>
/// </summary>
public static class Relevance
{
    /// <summary>Share of the text figure carried by the need's title and keywords (the rest by its description).</summary>
    public const double TitleShare = 0.65;

    /// <summary>What a weak need term weighs (an activity or generic word, or a word of a multi-word term), against 1.</summary>
    public const double WeakTerm = 0.5;

    /// <summary>What a need term found only in a capability's description counts, against 1 in its name.</summary>
    public const double DescriptionMatch = 0.6;

    /// <summary>Distinct terms of a capability above which its matches are discounted.</summary>
    public const double TypicalTerms = 24;

    /// <summary>
    /// The text figure an IKM outside the need's KBLI division needs to be a candidate (clearly about the job), with at least
    /// one term of the need's title or keywords shared.
    /// </summary>
    public const decimal CandidateText = 0.2m;

    /// <summary>The text figure of one capability for a need, 0..1, rounded to 4 decimals.</summary>
    public static decimal Text(NeedTerms need, CandidateCapability capability) => Text(need, capability, out _);

    /// <summary>
    /// The text figure of one capability for a need, 0..1, rounded to 4 decimals; <paramref name="sharesTitleTerm"/>: whether
    /// it shares a term of the need's title or keywords (what the term index finds IKM by).
    /// </summary>
    public static decimal Text(NeedTerms need, CandidateCapability capability, out bool sharesTitleTerm)
    {
        sharesTitleTerm = false;
        if (need.Primary.Count == 0 && need.Secondary.Count == 0)
        {
            return 0m;
        }

        var terms = capability.Terms;
        var names = capability.NameTerms;
        double primary = 0, secondary = 0;
        if (need.Table is { } table && capability.TermIds is { } numbered && ReferenceEquals(table.Vocabulary, numbered.Vocabulary))
        {
            // The same sums in the same order, by the terms' numbers.
            for (var i = 0; i < terms.Count; i++)
            {
                var at = Find(table.Ids, numbered.Ids[i]);
                if (at < 0)
                {
                    continue;
                }

                var weight = table.Weights[at] * (numbered.InName[i] ? 1.0 : DescriptionMatch);
                if (table.Primary[at])
                {
                    primary += weight;
                    sharesTitleTerm = true;
                }
                else
                {
                    secondary += weight;
                }
            }

            return Coverage(need, primary, secondary, terms.Count);
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var inPrimary = need.Primary.TryGetValue(term, out var needWeight);
            if (!inPrimary && !need.Secondary.TryGetValue(term, out needWeight))
            {
                continue;
            }

            var weight = needWeight * (Contains(names, term) ? 1.0 : DescriptionMatch);
            if (inPrimary)
            {
                primary += weight;
                sharesTitleTerm = true;
            }
            else
            {
                secondary += weight;
            }
        }

        return Coverage(need, primary, secondary, terms.Count);
    }

    private static decimal Coverage(NeedTerms need, double primary, double secondary, int capabilityTerms)
    {
        var coverage = need.Secondary.Count == 0 ? primary / need.PrimaryWeight
            : need.Primary.Count == 0 ? secondary / need.SecondaryWeight
            : (TitleShare * primary / need.PrimaryWeight) + ((1 - TitleShare) * secondary / need.SecondaryWeight);
        var length = capabilityTerms <= TypicalTerms ? 1.0 : Math.Sqrt(TypicalTerms / capabilityTerms);
        return Round4((decimal)Math.Min(1.0, coverage * length));
    }

    /// <summary>Where <paramref name="id"/> is in the sorted <paramref name="ids"/>, or -1 (also for -1, a term no need has).</summary>
    private static int Find(int[] ids, int id)
    {
        int low = 0, high = id < 0 ? -1 : ids.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var at = ids[middle];
            if (at == id)
            {
                return middle;
            }

            if (at < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Relevance of a capability from its text figure and KBLI agreement level (<see cref="KbliAgreement"/>).</summary>
    public static decimal Of(decimal text, int agreement)
    {
        var kbli = AgreementValue(agreement);
        return Round4(Math.Min(1m, (text * (0.8m + (0.2m * kbli))) + (0.05m * kbli)));
    }

    /// <summary>KBLI agreement level of two codes: the number of leading digits they share (0 when the division differs).</summary>
    public static int KbliAgreement(string needKbli, string capabilityKbli)
    {
        var shared = 0;
        while (shared < 5 && shared < needKbli.Length && shared < capabilityKbli.Length && needKbli[shared] == capabilityKbli[shared])
        {
            shared++;
        }

        return shared >= 2 ? shared : 0;
    }

    public static decimal AgreementValue(int agreement) => agreement switch
    {
        5 => 1m,
        4 => 0.75m,
        3 => 0.5m,
        2 => 0.25m,
        _ => 0m,
    };

    /// <summary>Whether <paramref name="term"/> is in the sorted <paramref name="sorted"/> (ordinal).</summary>
    internal static bool Contains(IReadOnlyList<string> sorted, string term)
    {
        int low = 0, high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(sorted[middle], term);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}

/// <summary>The terms of a need, analysed once: those of its title and keywords, and those only in its description.</summary>
public sealed class NeedTerms
{
    public NeedTerms(NeedToMatch need, ProcurementLanguage language)
    {
        TitleTerms = [.. language.Analyze(need.Title), .. need.Keywords.SelectMany(language.Analyze)];
        DescriptionTerms = language.Analyze(need.Description);
        Primary = Weigh(TitleTerms, except: null);
        Secondary = Weigh(DescriptionTerms, except: Primary);
        PrimaryWeight = Primary.Values.Sum();
        SecondaryWeight = Secondary.Values.Sum();
        Explainable = true;
    }

    private NeedTerms(Dictionary<string, double> primary, Dictionary<string, double> secondary, double primaryWeight, double secondaryWeight, NeedTermTable? table)
    {
        TitleTerms = [];
        DescriptionTerms = [];
        Primary = primary;
        Secondary = secondary;
        PrimaryWeight = primaryWeight;
        SecondaryWeight = secondaryWeight;
        Table = table;
    }

    /// <summary>
    /// The same figures without the terms as written (which only explanations show), each key passed through
    /// <paramref name="share"/> so that many needs can hold one copy of a term, and — with <paramref name="ids"/> — the keys
    /// numbered, so that an IKM numbered by the same <see cref="TermIds"/> is weighed without hashing strings: for keeping
    /// many needs in memory.
    /// </summary>
    public NeedTerms ForNumbers(Func<string, string> share, TermIds? ids = null) =>
        new(Shared(Primary, share), Shared(Secondary, share), PrimaryWeight, SecondaryWeight, ids is null ? null : Numbered(ids));

    private NeedTermTable Numbered(TermIds vocabulary)
    {
        var entries = Primary.Select(t => (Id: vocabulary.Add(t.Key), Weight: t.Value, Primary: true))
            .Concat(Secondary.Select(t => (Id: vocabulary.Add(t.Key), Weight: t.Value, Primary: false)))
            .OrderBy(t => t.Id)
            .ToArray();
        return new NeedTermTable(vocabulary, [.. entries.Select(e => e.Id)], [.. entries.Select(e => e.Weight)], [.. entries.Select(e => e.Primary)]);
    }

    /// <summary>The keys by number, when prepared with <see cref="TermIds"/> (<see cref="ForNumbers"/>).</summary>
    public NeedTermTable? Table { get; }

    private static Dictionary<string, double> Shared(Dictionary<string, double> weights, Func<string, string> share)
    {
        var shared = new Dictionary<string, double>(weights.Count, StringComparer.Ordinal);
        foreach (var (key, weight) in weights)
        {
            shared.Add(share(key), weight);
        }

        return shared;
    }

    /// <summary>Whether the terms as written are here, for explanations (false after <see cref="ForNumbers"/>).</summary>
    public bool Explainable { get; }

    /// <summary>What a need term weighs: 1, or <see cref="Relevance.WeakTerm"/> for a weak one (a term both weak and strong somewhere is strong).</summary>
    private static Dictionary<string, double> Weigh(IReadOnlyList<AnalyzedTerm> terms, Dictionary<string, double>? except)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (except?.ContainsKey(term.Key) == true)
            {
                continue;
            }

            var weight = term.Weak ? Relevance.WeakTerm : 1.0;
            weights[term.Key] = Math.Max(weight, weights.GetValueOrDefault(term.Key));
        }

        return weights;
    }

    /// <summary>Terms of the title and keywords, as written, for explanations.</summary>
    public IReadOnlyList<AnalyzedTerm> TitleTerms { get; }

    /// <summary>Terms of the description, as written, for explanations.</summary>
    public IReadOnlyList<AnalyzedTerm> DescriptionTerms { get; }

    /// <summary>Distinct keys of the title and keywords, with their weights.</summary>
    public Dictionary<string, double> Primary { get; }

    /// <summary>Distinct keys found only in the description, with their weights.</summary>
    public Dictionary<string, double> Secondary { get; }

    public double PrimaryWeight { get; }

    public double SecondaryWeight { get; }

    /// <summary>The keys a term index is searched with for IKM outside the need's division: the title's and keywords'.</summary>
    public IReadOnlyList<string> SearchKeys => [.. Primary.Keys.Order(StringComparer.Ordinal)];
}
