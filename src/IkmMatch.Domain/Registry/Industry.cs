using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Registry;

/// <summary>A large industry: the buyer side of the programme.</summary>
public sealed class Industry : EventSource, IAudited, IOwnedRecord
{
    private Industry()
    {
    }

    public Guid Id { get; private set; }

    public string Nib { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public Kecamatan Kecamatan { get; private set; }

    public string? Address { get; private set; }

    public string? ContactName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public RecordStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    Guid? IOwnedRecord.OwnerIkmId => null;

    Guid? IOwnedRecord.OwnerIndustryId => Id;

    public static Industry Register(IndustryProfile profile, DateTimeOffset now)
    {
        var industry = new Industry
        {
            Id = Guid.CreateVersion7(now),
            Status = RecordStatus.Active,
            CreatedAt = now,
            Version = 1,
        };
        industry.Apply(profile, now);
        industry.Changed(EventTypes.IndustryCreated, now);
        return industry;
    }

    public void Update(IndustryProfile profile, DateTimeOffset now)
    {
        if (Status == RecordStatus.Archived)
        {
            throw new DomainRuleException(new Text("problem.industryArchived", Id.ToString()));
        }

        Apply(profile, now);
        Version++;
        Changed(EventTypes.IndustryUpdated, now);
    }

    /// <summary>Whether the industry already states exactly <paramref name="profile"/>, so that a sync sending it again changes nothing.</summary>
    public bool Holds(IndustryProfile profile) =>
        profile == new IndustryProfile(Nib, Name, Sector, Kecamatan, Address, ContactName, Email, Phone);

    public void Archive(DateTimeOffset now)
    {
        if (Status == RecordStatus.Archived)
        {
            return;
        }

        Status = RecordStatus.Archived;
        UpdatedAt = now;
        Version++;
        Changed(EventTypes.IndustryArchived, now);
    }

    private void Changed(string type, DateTimeOffset now) => Raise(new DomainEvent(
        type, Id, null, Id, now, new Dictionary<string, object?> { ["nib"] = Nib, ["version"] = Version, ["status"] = Status.ToString() }));

    private void Apply(IndustryProfile profile, DateTimeOffset now)
    {
        Nib = profile.Nib;
        Name = profile.Name;
        Sector = profile.Sector;
        Kecamatan = profile.Kecamatan;
        Address = profile.Address;
        ContactName = profile.ContactName;
        Email = profile.Email;
        Phone = profile.Phone;
        UpdatedAt = now;
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

/// <summary>Everything a client states about a large industry.</summary>
public sealed record IndustryProfile(
    string Nib,
    string Name,
    string Sector,
    Kecamatan Kecamatan,
    string? Address,
    string? ContactName,
    string? Email,
    string? Phone);
