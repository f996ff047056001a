using IkmMatch.Domain.Matching.Language;

namespace IkmMatch.Domain.Registry;

/// <summary>What an IKM can make or do: a KBLI sub-class with a monthly capacity in one unit.</summary>
public sealed class Capability
{
    private Capability()
    {
    }

    internal Capability(Guid ikmId, int ordinal, CapabilityData data)
    {
        Id = Guid.CreateVersion7();
        IkmId = ikmId;
        Ordinal = ordinal;
        Kbli = data.Kbli;
        Name = data.Name;
        Description = data.Description;
        MonthlyCapacity = data.MonthlyCapacity;
        Unit = data.Unit;
        Index(ProcurementLanguage.Default);
    }

    public Guid Id { get; private set; }

    public Guid IkmId { get; private set; }

    /// <summary>Position in the list the IKM gave, so reads return capabilities in the order written.</summary>
    public int Ordinal { get; private set; }

    public string Kbli { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public decimal MonthlyCapacity { get; private set; }

    public CapacityUnit Unit { get; private set; }

    /// <summary>The terms of the name (<see cref="ProcurementLanguage.Terms"/>, sorted), stored for scoring without re-reading the text.</summary>
    public string[] NameTerms { get; private set; } = [];

    /// <summary>The terms of the name and description together, sorted: the term index finds IKM by them whatever their KBLI.</summary>
    public string[] Terms { get; private set; } = [];

    /// <summary>The values as the client stated them.</summary>
    public CapabilityData Data => new(Kbli, Name, Description, MonthlyCapacity, Unit);

    /// <summary>Analyses the name and description into <see cref="NameTerms"/> and <see cref="Terms"/> with <paramref name="language"/>.</summary>
    public void Index(ProcurementLanguage language)
    {
        NameTerms = language.Terms(Name);
        Terms = language.Terms(Name, Description);
    }
}

/// <summary>The values of one capability as a client states them.</summary>
public sealed record CapabilityData(string Kbli, string Name, string? Description, decimal MonthlyCapacity, CapacityUnit Unit);
