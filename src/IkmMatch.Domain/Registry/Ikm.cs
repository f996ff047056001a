using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Registry;

/// <summary>
/// A small or medium industry (IKM) of the registry: its profile, capabilities and certificates.
/// Every change bumps <see cref="Version"/>, the optimistic-concurrency token behind ETags.
/// </summary>
public sealed class Ikm : IAudited
{
    private readonly List<Capability> _capabilities = [];
    private readonly List<Certification> _certifications = [];

    private Ikm()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Nomor Induk Berusaha: 13 digits, unique in the registry.</summary>
    public string Nib { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? OwnerName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public Kecamatan Kecamatan { get; private set; }

    public int Workforce { get; private set; }

    public IReadOnlyList<Capability> Capabilities => _capabilities;

    public IReadOnlyList<Certification> Certifications => _certifications;

    public bool Verified { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public RecordStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public static Ikm Register(IkmProfile profile, DateTimeOffset now)
    {
        var ikm = new Ikm
        {
            Id = Guid.CreateVersion7(now),
            Nib = profile.Nib,
            Status = RecordStatus.Active,
            CreatedAt = now,
            Version = 1,
        };
        ikm.Apply(profile, now);
        return ikm;
    }

    /// <summary>Replaces the profile, capabilities and certificates. Archived IKM cannot be edited.</summary>
    public void Update(IkmProfile profile, DateTimeOffset now)
    {
        EnsureActive("edited");
        Nib = profile.Nib;
        Apply(profile, now);
        Version++;
    }

    /// <summary>Disperindag has checked the IKM. Verifying again keeps the first verification time.</summary>
    public void Verify(DateTimeOffset now)
    {
        EnsureActive("verified");
        if (Verified)
        {
            return;
        }

        Verified = true;
        VerifiedAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Takes the IKM out of lists and matching; it keeps its id and history. Archiving twice is harmless.</summary>
    public void Archive(DateTimeOffset now)
    {
        if (Status == RecordStatus.Archived)
        {
            return;
        }

        Status = RecordStatus.Archived;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(IkmProfile profile, DateTimeOffset now)
    {
        Name = profile.Name;
        OwnerName = profile.OwnerName;
        Email = profile.Email;
        Phone = profile.Phone;
        Address = profile.Address;
        Kecamatan = profile.Kecamatan;
        Workforce = profile.Workforce;
        _capabilities.Clear();
        _capabilities.AddRange(profile.Capabilities.Select((c, i) => new Capability(Id, i, c)));
        _certifications.Clear();
        _certifications.AddRange(profile.Certifications.Select((c, i) => new Certification(Id, i, c)));
        UpdatedAt = now;
    }

    private void EnsureActive(string action)
    {
        if (Status == RecordStatus.Archived)
        {
            throw new DomainRuleException(new Text("problem.ikmArchived." + action, Id.ToString()));
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

/// <summary>Everything a client states about an IKM when registering or updating it.</summary>
public sealed record IkmProfile(
    string Nib,
    string Name,
    string? OwnerName,
    string? Email,
    string? Phone,
    string? Address,
    Kecamatan Kecamatan,
    int Workforce,
    IReadOnlyList<CapabilityData> Capabilities,
    IReadOnlyList<CertificationData> Certifications);
