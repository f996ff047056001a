using System.Globalization;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ocds;

/// <summary>
/// Builds the OCDS release of each need from the registry: the need is the tender (KBLI as the item classification), its
/// industry the buyer, and every partnership for it that the IKM accepted is an award to that IKM (the supplier), with a
/// contract from the moment it was activated. Parties carry their NIB, name, kecamatan and, for IKM, their scale —
/// never an address line, a person's name, an email or a phone.
/// </summary>
public static class OcdsReleases
{
    public const string Version = "1.1";

    /// <summary>The organization identifier scheme of Indonesian business numbers (NIB from OSS).</summary>
    public const string NibScheme = "ID-NIB";

    public const string KbliScheme = "KBLI";

    public static string Ocid(string prefix, Guid needId) => $"{prefix}-{needId}";

    public static async Task<IReadOnlyList<OcdsRelease>> BuildAsync(
        IApplicationDbContext db, string ocidPrefix, IReadOnlyList<ProcurementNeed> needs, CancellationToken cancellationToken)
    {
        var needIds = needs.Select(n => (Guid?)n.Id).ToList();
        var industryIds = needs.Select(n => n.IndustryId).Distinct().ToList();
        var industries = await db.Industries.AsNoTracking().Where(i => industryIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking()
            .Where(p => needIds.Contains(p.NeedId) && p.History.Any(e => e.To == PartnershipStatus.Accepted))
            .Include(p => p.History)
            .ToListAsync(cancellationToken);
        var ikmIds = partnerships.Select(p => p.IkmId).Distinct().ToList();
        var ikms = await db.Ikms.AsNoTracking().Where(i => ikmIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Nib, i.Name, i.Kecamatan, i.Workforce })
            .ToDictionaryAsync(i => i.Id, cancellationToken);

        return [.. needs.Select(need =>
        {
            var industry = industries[need.IndustryId];
            var buyer = Party(industry.Nib, industry.Name, industry.Kecamatan, "buyer", null);
            var awarded = partnerships.Where(p => p.NeedId == need.Id).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
            var suppliers = awarded.Select(p => ikms[p.IkmId]).DistinctBy(i => i.Id)
                .Select(i => Party(i.Nib, i.Name, i.Kecamatan, "supplier", new OcdsPartyDetails(Scale(i.Workforce))))
                .ToList();
            var items = new[] { Item(need) };
            var awards = awarded.Select(p => Award(p, ikms[p.IkmId].Nib, ikms[p.IkmId].Name, items)).ToList();
            var contracts = awarded.Where(p => p.History.Any(e => e.To == PartnershipStatus.Active)).Select(Contract).ToList();
            var date = new[] { need.UpdatedAt }.Concat(awarded.Select(p => p.UpdatedAt)).Max();
            var ocid = Ocid(ocidPrefix, need.Id);
            List<string> tag = [need.Status == NeedStatus.Cancelled ? "tenderCancellation" : "tender"];
            if (awards.Count > 0)
            {
                tag.Add("award");
            }

            if (contracts.Count > 0)
            {
                tag.Add("contract");
            }

            return new OcdsRelease(
                ocid,
                $"{ocid}-{date.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture)}",
                date,
                tag,
                "tender",
                "id",
                [buyer, .. suppliers],
                new OcdsOrganizationReference(buyer.Id, buyer.Name),
                new OcdsTender(
                    need.Id.ToString(),
                    need.Title,
                    need.Description,
                    TenderStatus(need.Status),
                    need.Status.ToString(),
                    items,
                    need.Budget is { } budget ? Rupiah(budget) : null,
                    "limited",
                    "Kemitraan IKM: industri besar memilih IKM yang dicocokkan IkmMatch",
                    need.CreatedAt,
                    new OcdsPeriod(need.CreatedAt, new DateTimeOffset(need.NeededBy.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
                awards,
                contracts);
        })];
    }

    /// <summary>Micro below 5 workers, SME below 100, large from 100 (BPS's workforce classes, folded to OCDS's partyScale codes).</summary>
    public static string Scale(int workforce) => workforce switch
    {
        < 5 => "micro",
        < 100 => "sme",
        _ => "large",
    };

    private static OcdsParty Party(string nib, string name, Kecamatan kecamatan, string role, OcdsPartyDetails? details) => new(
        $"{NibScheme}-{nib}",
        name,
        new OcdsIdentifier(NibScheme, nib, name),
        new OcdsAddress(kecamatan == Kecamatan.Outside ? "Luar Kota Cilegon" : $"Kecamatan {kecamatan} ({kecamatan.Code()})", "Kota Cilegon, Banten", "ID"),
        [role],
        details);

    private static OcdsItem Item(ProcurementNeed need) =>
        new("1", need.Title, new OcdsClassification(KbliScheme, need.Kbli), need.MonthlyVolume, new OcdsUnit(need.Unit.ToString().ToLowerInvariant()));

    private static OcdsAward Award(Partnership partnership, string nib, string name, IReadOnlyList<OcdsItem> items) => new(
        partnership.Id.ToString(),
        partnership.Status == PartnershipStatus.Withdrawn ? "cancelled" : "active",
        partnership.History.First(e => e.To == PartnershipStatus.Accepted).At,
        [new OcdsOrganizationReference($"{NibScheme}-{nib}", name)],
        items,
        partnership.ContractValue is { } value ? Rupiah(value) : null);

    private static OcdsContract Contract(Partnership partnership) => new(
        partnership.Id.ToString(),
        partnership.Id.ToString(),
        partnership.Status is PartnershipStatus.Completed or PartnershipStatus.Terminated ? "terminated" : "active",
        partnership.Status.ToString(),
        partnership.History.First(e => e.To == PartnershipStatus.Active).At,
        partnership.ContractValue is { } value ? Rupiah(value) : null,
        partnership.StartDate is { } start
            ? new OcdsPeriod(Midnight(start), partnership.EndDate is { } end ? Midnight(end) : null)
            : null);

    private static string TenderStatus(NeedStatus status) => status switch
    {
        NeedStatus.Open => "active",
        NeedStatus.Cancelled => "cancelled",
        _ => "complete",
    };

    private static OcdsValue Rupiah(long amount) => new(amount, "IDR");

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
