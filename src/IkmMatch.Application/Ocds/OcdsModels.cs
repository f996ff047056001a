using System.Text.Json.Serialization;

namespace IkmMatch.Application.Ocds;

/// <summary>An OCDS 1.1 release package: publishing metadata and a page of releases, one per procurement need.</summary>
public sealed record OcdsReleasePackage(
    string Uri,
    string Version,
    DateTimeOffset PublishedDate,
    OcdsPublisher Publisher,
    IReadOnlyList<OcdsRelease> Releases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsLinks? Links);

/// <summary>The neighbouring pages of a release package.</summary>
public sealed record OcdsLinks(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prev);

/// <summary>An OCDS 1.1 record package: one record per need, its release embedded and compiled.</summary>
public sealed record OcdsRecordPackage(
    string Uri,
    string Version,
    DateTimeOffset PublishedDate,
    OcdsPublisher Publisher,
    IReadOnlyList<string> Packages,
    IReadOnlyList<OcdsRecord> Records);

public sealed record OcdsRecord(string Ocid, IReadOnlyList<OcdsRelease> Releases, OcdsRelease CompiledRelease);

public sealed record OcdsPublisher(string Name);

/// <summary>
/// The state of one need as a contracting process: the need as the tender, the buying industry as buyer, each IKM that
/// accepted a partnership for it as a supplier with an award, and a contract once the partnership was activated.
/// </summary>
public sealed record OcdsRelease(
    string Ocid,
    string Id,
    DateTimeOffset Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    string Language,
    IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer,
    OcdsTender Tender,
    IReadOnlyList<OcdsAward> Awards,
    IReadOnlyList<OcdsContract> Contracts);

/// <summary>A party: its NIB as identifier and only its kecamatan as address (no street, no people: personal data stays out).</summary>
public sealed record OcdsParty(
    string Id,
    string Name,
    OcdsIdentifier Identifier,
    OcdsAddress Address,
    IReadOnlyList<string> Roles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPartyDetails? Details);

public sealed record OcdsIdentifier(string Scheme, string Id, string LegalName);

public sealed record OcdsAddress(string Locality, string Region, string Country);

/// <summary><c>scale</c> from the partyScale codelist: micro, sme or large.</summary>
public sealed record OcdsPartyDetails(string Scale);

public sealed record OcdsOrganizationReference(string Id, string Name);

public sealed record OcdsTender(
    string Id,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    string Status,
    string StatusDetails,
    IReadOnlyList<OcdsItem> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsValue? Value,
    string ProcurementMethod,
    string ProcurementMethodDetails,
    DateTimeOffset DatePublished,
    OcdsPeriod TenderPeriod);

public sealed record OcdsItem(string Id, string Description, OcdsClassification Classification, decimal Quantity, OcdsUnit Unit);

/// <summary>A KBLI 2020 sub-class: the item classification scheme of Indonesian procurement.</summary>
public sealed record OcdsClassification(string Scheme, string Id);

public sealed record OcdsUnit(string Name);

public sealed record OcdsValue(decimal Amount, string Currency);

public sealed record OcdsPeriod(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndDate);

public sealed record OcdsAward(
    string Id,
    string Status,
    DateTimeOffset Date,
    IReadOnlyList<OcdsOrganizationReference> Suppliers,
    IReadOnlyList<OcdsItem> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsValue? Value);

public sealed record OcdsContract(
    string Id,
    string AwardID,
    string Status,
    string StatusDetails,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DateSigned,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsValue? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcdsPeriod? Period);
