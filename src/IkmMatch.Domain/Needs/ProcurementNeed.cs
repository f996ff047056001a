using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Matching.Language;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Needs;

/// <summary>What a large industry wants to buy: the need IkmMatch ranks IKM for.</summary>
public sealed class ProcurementNeed : EventSource, IAudited, IOwnedRecord
{
    private ProcurementNeed()
    {
    }

    public Guid Id { get; private set; }

    public Guid IndustryId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>KBLI 2020 sub-class (5 digits) of what is bought.</summary>
    public string Kbli { get; private set; } = string.Empty;

    public string[] Keywords { get; private set; } = [];

    public decimal MonthlyVolume { get; private set; }

    public CapacityUnit Unit { get; private set; }

    /// <summary>Certificates an IKM must hold, valid on <see cref="NeededBy"/>, to be eligible.</summary>
    public CertificationType[] RequiredCertifications { get; private set; } = [];

    /// <summary>Certificates that raise the score but are not required.</summary>
    public CertificationType[] PreferredCertifications { get; private set; } = [];

    public decimal? MinTkdnPercent { get; private set; }

    /// <summary>Budget in whole rupiah.</summary>
    public long? Budget { get; private set; }

    public DateOnly NeededBy { get; private set; }

    /// <summary>Whether an IKM that can supply only part of the volume may still take part.</summary>
    public bool AllowPartialSupply { get; private set; }

    public NeedStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    Guid? IOwnedRecord.OwnerIkmId => null;

    Guid? IOwnedRecord.OwnerIndustryId => IndustryId;

    /// <summary>The terms of the title and keywords (<see cref="ProcurementLanguage.Terms"/>, sorted): the term index finds needs by them for an IKM whatever their KBLI.</summary>
    public string[] SearchTerms { get; private set; } = [];

    /// <summary>Analyses the title and keywords into <see cref="SearchTerms"/> with <paramref name="language"/>.</summary>
    public void Index(ProcurementLanguage language) => SearchTerms = language.Terms([Title, .. Keywords]);

    public static ProcurementNeed Post(Guid industryId, NeedDetails details, DateTimeOffset now)
    {
        var need = new ProcurementNeed
        {
            Id = Guid.CreateVersion7(now),
            IndustryId = industryId,
            Status = NeedStatus.Open,
            CreatedAt = now,
            Version = 1,
        };
        need.Apply(details, now);
        need.Changed(EventTypes.NeedPosted, now);
        return need;
    }

    public void Update(NeedDetails details, DateTimeOffset now)
    {
        EnsureOpen("edited");
        Apply(details, now);
        Version++;
        Changed(EventTypes.NeedUpdated, now);
    }

    /// <summary>Closes the need: <see cref="NeedStatus.Fulfilled"/> when the industry got what it needed, else <see cref="NeedStatus.Closed"/>.</summary>
    public void Close(bool fulfilled, DateTimeOffset now)
    {
        EnsureOpen(fulfilled ? "fulfilled" : "closed");
        Status = fulfilled ? NeedStatus.Fulfilled : NeedStatus.Closed;
        UpdatedAt = now;
        Version++;
        Changed(EventTypes.NeedClosed, now);
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureOpen("cancelled");
        Status = NeedStatus.Cancelled;
        UpdatedAt = now;
        Version++;
        Changed(EventTypes.NeedCancelled, now);
    }

    private void Changed(string type, DateTimeOffset now) => Raise(new DomainEvent(
        type, Id, null, IndustryId, now, new Dictionary<string, object?> { ["industryId"] = IndustryId, ["kbli"] = Kbli, ["version"] = Version, ["status"] = Status.ToString() }));

    /// <summary>The need as the scorer sees it, bought by an industry in <paramref name="industryKecamatan"/>.</summary>
    public NeedToMatch ToMatch(Kecamatan industryKecamatan) => new(
        Kbli,
        Title,
        Description,
        Keywords,
        MonthlyVolume,
        Unit,
        RequiredCertifications,
        PreferredCertifications,
        MinTkdnPercent,
        NeededBy,
        AllowPartialSupply,
        industryKecamatan);

    private void Apply(NeedDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Description = details.Description;
        Kbli = details.Kbli;
        Keywords = [.. details.Keywords];
        MonthlyVolume = details.MonthlyVolume;
        Unit = details.Unit;
        RequiredCertifications = [.. details.RequiredCertifications.Distinct().Order()];
        PreferredCertifications = [.. details.PreferredCertifications.Distinct().Order()];
        MinTkdnPercent = details.MinTkdnPercent;
        Budget = details.Budget;
        NeededBy = details.NeededBy;
        AllowPartialSupply = details.AllowPartialSupply;
        UpdatedAt = now;
        Index(ProcurementLanguage.Default);
    }

    private void EnsureOpen(string action)
    {
        if (Status != NeedStatus.Open)
        {
            throw new DomainRuleException(new Text("problem.needNotOpen." + action, Id.ToString(), Status.ToString()));
        }
    }

    void IAudited.RecordActor(string actor, bool created)
    {
        if (created)
        {
            CreatedBy = actor;
        }

        UpdatedBy = actor;
    }
}

/// <summary>Everything an industry states about a need.</summary>
public sealed record NeedDetails(
    string Title,
    string? Description,
    string Kbli,
    IReadOnlyList<string> Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    IReadOnlyList<CertificationType> RequiredCertifications,
    IReadOnlyList<CertificationType> PreferredCertifications,
    decimal? MinTkdnPercent,
    long? Budget,
    DateOnly NeededBy,
    bool AllowPartialSupply);
