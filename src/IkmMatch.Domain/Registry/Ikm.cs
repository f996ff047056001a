using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Registry;

/// <summary>
/// A small or medium industry (IKM) of the registry: its profile, capabilities and certificates.
/// Every change bumps <see cref="Version"/>, the optimistic-concurrency token behind ETags.
/// </summary>
public sealed class Ikm : EventSource, IAudited, IOwnedRecord
{
    /// <summary>The most certificates one IKM holds on record.</summary>
    public const int MaxCertifications = 20;

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

    /// <summary>
    /// Disperindag has checked the IKM's identity (NIB, name) and what it does (its capabilities' KBLI). A change the IKM
    /// makes to any of those clears it; each certificate carries its own <see cref="Certification.Verified"/>.
    /// </summary>
    public bool Verified { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Who verified the IKM (a key's name or a token's subject).</summary>
    public string? VerifiedBy { get; private set; }

    public RecordStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    Guid? IOwnedRecord.OwnerIkmId => Id;

    Guid? IOwnedRecord.OwnerIndustryId => null;

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
        ikm.Changed(EventTypes.IkmCreated, now);
        return ikm;
    }

    /// <summary>
    /// Replaces the profile, capabilities and certificates. Archived IKM cannot be edited. A certificate given again
    /// unchanged keeps its verification; a new or changed one is a claim until Disperindag verifies it. When the IKM
    /// edits itself (<see cref="IkmEditor.Owner"/>) it may not change its NIB, and a change of name or of its
    /// capabilities' KBLI clears the IKM's verification; the registry's own editors (Disperindag, integrated government
    /// systems) keep it.
    /// </summary>
    public void Update(IkmProfile profile, IkmEditor editor, DateTimeOffset now)
    {
        EnsureActive("edited");
        if (editor == IkmEditor.Owner)
        {
            if (profile.Nib != Nib)
            {
                throw new DomainRuleException(new Text("problem.ownNib"));
            }

            var kblis = _capabilities.Select(c => c.Kbli).Order(StringComparer.Ordinal);
            var newKblis = profile.Capabilities.Select(c => c.Kbli).Order(StringComparer.Ordinal);
            if (profile.Name != Name || !kblis.SequenceEqual(newKblis, StringComparer.Ordinal))
            {
                ClearVerification();
            }
        }

        Nib = profile.Nib;
        Apply(profile, now);
        Version++;
        Changed(EventTypes.IkmUpdated, now);
    }

    /// <summary>
    /// Whether the IKM already states exactly <paramref name="profile"/> — the same NIB, fields, capabilities and
    /// certificates in the same order — so that a sync or import that sends it again changes nothing.
    /// </summary>
    public bool Holds(IkmProfile profile) =>
        profile.Nib == Nib
        && profile.Name == Name
        && profile.OwnerName == OwnerName
        && profile.Email == Email
        && profile.Phone == Phone
        && profile.Address == Address
        && profile.Kecamatan == Kecamatan
        && profile.Workforce == Workforce
        && profile.Capabilities.SequenceEqual(_capabilities.OrderBy(c => c.Ordinal).Select(c => c.Data))
        && profile.Certifications.SequenceEqual(_certifications.OrderBy(c => c.Ordinal).Select(c => c.Data));

    /// <summary>
    /// Disperindag has checked the IKM and every certificate it holds now. Verifying again keeps the first verification
    /// time and verifies only what is not verified yet.
    /// </summary>
    public void Verify(DateTimeOffset now, string verifiedBy)
    {
        EnsureActive("verified");
        if (Verified && _certifications.All(c => c.Verified))
        {
            return;
        }

        if (!Verified)
        {
            Verified = true;
            VerifiedAt = now;
            VerifiedBy = verifiedBy;
        }

        foreach (var certification in _certifications.Where(c => !c.Verified))
        {
            certification.MarkVerified(now, verifiedBy);
        }

        UpdatedAt = now;
        Version++;
        Changed(EventTypes.IkmVerified, now);
    }

    /// <summary>
    /// Adds a certificate the IKM obtained (through a development programme, say) as its claim, until Disperindag
    /// verifies it (<see cref="Verify"/>). The same certificate held already is not added twice.
    /// </summary>
    public void ClaimCertificate(CertificationData certificate, DateTimeOffset now)
    {
        EnsureActive("edited");
        if (_certifications.Any(c => c.Data == certificate))
        {
            return;
        }

        if (_certifications.Count >= MaxCertifications)
        {
            throw new DomainRuleException(new Text("problem.tooManyCertifications", Id.ToString(), MaxCertifications));
        }

        _certifications.Add(new Certification(Id, _certifications.Count == 0 ? 0 : _certifications.Max(c => c.Ordinal) + 1, certificate));
        UpdatedAt = now;
        Version++;
        Changed(EventTypes.IkmUpdated, now);
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
        Changed(EventTypes.IkmArchived, now);
    }

    private void Changed(string type, DateTimeOffset now) => Raise(new DomainEvent(
        type, Id, Id, null, now, new Dictionary<string, object?> { ["nib"] = Nib, ["version"] = Version, ["status"] = Status.ToString(), ["verified"] = Verified }));

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
        var previous = _certifications.Where(c => c.Verified).ToList();
        _certifications.Clear();
        _certifications.AddRange(profile.Certifications.Select((c, i) =>
        {
            var certification = new Certification(Id, i, c);
            var same = previous.FirstOrDefault(p => p.Data == c);
            if (same is not null)
            {
                previous.Remove(same);
                certification.MarkVerified(same.VerifiedAt!.Value, same.VerifiedBy!);
            }

            return certification;
        }));
        UpdatedAt = now;
    }

    private void ClearVerification()
    {
        Verified = false;
        VerifiedAt = null;
        VerifiedBy = null;
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

/// <summary>Who changes an IKM: the registry's editors (Disperindag, integrated government systems) or the IKM itself.</summary>
public enum IkmEditor
{
    Registry,
    Owner,
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
