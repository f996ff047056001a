using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Programmes;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Reports;

/// <summary>
/// The impact of programmes: counts from their enrolments; the needs unlocked from the Domain scorer (each participant
/// with a certificate evaluated as it is and without it); partnerships from their histories, in windows from the
/// programme's completion, for the participants who completed and for comparable IKM that did not take part.
/// </summary>
internal sealed class ProgrammeImpacts(IApplicationDbContext db, MatchScorer scorer)
{
    public static readonly int[] WindowMonths = [6, 12];

    private readonly Dictionary<Guid, PreparedNeed> _prepared = [];

    public async Task<ProgrammeImpact> OfAsync(Programme programme, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seated = programme.Enrolments.Where(e => e.HoldsSeat).ToList();
        var completed = seated.Where(e => e.Status == EnrolmentStatus.Completed).ToList();
        var certified = completed.Where(e => e.CertificateType is not null).ToList();
        var byType = certified.GroupBy(e => e.CertificateType!.Value).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal);

        var unlocked = new Dictionary<Guid, long>();
        foreach (var participant in certified.GroupBy(e => e.IkmId))
        {
            var found = await db.OneAsync(participant.Key, cancellationToken);
            if (found is null)
            {
                continue;
            }

            var types = participant.Select(e => e.CertificateType!.Value).Distinct().ToList();
            foreach (var n in await db.OpenNeedsForAsync(found.Match, cancellationToken))
            {
                if (!_prepared.TryGetValue(n.Need.Id, out var prepared))
                {
                    prepared = scorer.Prepare(n.Need.ToMatch(n.IndustryKecamatan));
                    _prepared[n.Need.Id] = prepared;
                }

                if (scorer.Unlocked(prepared, found.Match, types))
                {
                    unlocked[n.Need.Id] = n.Need.Budget ?? 0;
                }
            }
        }

        ImpactWindow? six = null, twelve = null;
        if (programme.CompletedAt is { } completedAt)
        {
            var treated = completed.Select(e => e.IkmId).ToHashSet();
            var comparison = await ComparableAsync(treated, programme.Enrolments.Select(e => e.IkmId).ToHashSet(), cancellationToken);
            var facts = await PartnershipFactsAsync([.. treated, .. comparison], cancellationToken);
            var windows = WindowMonths.Select(months => Window(months, completedAt, now, treated, comparison, facts)).ToList();
            six = windows[0];
            twelve = windows[1];
        }

        var accepted12 = twelve?.Participants.Accepted ?? 0;
        var summary = programme.CompletedAt is null
            ? new Text("report.programme.notCompleted", seated.Count, programme.Status.ToString())
            : new Text(
                "report.programme.summary",
                completed.Count,
                seated.Count,
                certified.Count,
                unlocked.Count,
                new Rupiah(unlocked.Values.Sum()),
                accepted12,
                twelve!.Participants.AcceptedPerIkm,
                twelve.Comparison.AcceptedPerIkm,
                twelve.Comparison.Ikm);
        return new ProgrammeImpact(
            programme.Id,
            programme.Title,
            programme.Kind,
            programme.Status,
            programme.OrganiserIndustryId,
            programme.Budget,
            programme.StartDate,
            programme.EndDate,
            programme.CompletedAt,
            seated.Count,
            completed.Count,
            certified.Count,
            byType,
            unlocked.Count,
            unlocked.Values.Sum(),
            six,
            twelve,
            certified.Count == 0 ? null : programme.Budget / certified.Count,
            accepted12 == 0 ? null : programme.Budget / accepted12,
            summary);
    }

    /// <summary>The needs counted by <see cref="OfAsync"/> as unlocked are distinct per programme; across programmes this many distinct needs.</summary>
    public static ProgrammesReport Total(IReadOnlyList<ProgrammeImpact> items)
    {
        var budget = items.Sum(i => i.Budget);
        var certificates = items.Sum(i => i.CertificatesObtained);
        var partnerships = items.Sum(i => i.TwelveMonths?.Participants.Accepted ?? 0);
        return new ProgrammesReport(
            items.Count,
            budget,
            items.Sum(i => i.Participants),
            items.Sum(i => i.Completed),
            certificates,
            items.Sum(i => i.OpenNeedsUnlocked),
            partnerships,
            certificates == 0 ? null : budget / certificates,
            partnerships == 0 ? null : budget / partnerships,
            items);
    }

    /// <summary>Active IKM never enrolled in the programme, each in the kecamatan of a participant who completed and sharing a KBLI division with it.</summary>
    private async Task<HashSet<Guid>> ComparableAsync(HashSet<Guid> treated, HashSet<Guid> enrolled, CancellationToken cancellationToken)
    {
        if (treated.Count == 0)
        {
            return [];
        }

        var ids = treated.ToList();
        var participants = await db.Ikms.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Kecamatan, Kblis = i.Capabilities.Select(c => c.Kbli).ToList() })
            .ToListAsync(cancellationToken);
        var profiles = participants.Select(p => (p.Kecamatan, Divisions: p.Kblis.Select(k => k[..2]).ToHashSet(StringComparer.Ordinal))).ToList();
        var kecamatans = profiles.Select(p => p.Kecamatan).Distinct().ToList();
        var divisions = profiles.SelectMany(p => p.Divisions).Distinct().ToList();
        var excluded = enrolled.ToList();
        var others = await db.Ikms.AsNoTracking()
            .Where(i => i.Status == RecordStatus.Active && !excluded.Contains(i.Id) && kecamatans.Contains(i.Kecamatan)
                && i.Capabilities.Any(c => divisions.Contains(c.Kbli.Substring(0, 2))))
            .Select(i => new { i.Id, i.Kecamatan, Kblis = i.Capabilities.Select(c => c.Kbli).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. others
            .Where(o => profiles.Any(p => p.Kecamatan == o.Kecamatan && o.Kblis.Any(k => p.Divisions.Contains(k[..2]))))
            .Select(o => o.Id)];
    }

    private sealed record PartnershipFact(Guid IkmId, DateTimeOffset Proposed, DateTimeOffset? Accepted, DateTimeOffset? Activated, DateTimeOffset? Completed, long? ContractValue, int? Jobs);

    private async Task<List<PartnershipFact>> PartnershipFactsAsync(List<Guid> ikmIds, CancellationToken cancellationToken) =>
        ikmIds.Count == 0
            ? []
            : await db.Partnerships.AsNoTracking()
                .Where(p => ikmIds.Contains(p.IkmId))
                .Select(p => new PartnershipFact(
                    p.IkmId,
                    p.CreatedAt,
                    p.History.Where(e => e.To == PartnershipStatus.Accepted).Select(e => (DateTimeOffset?)e.At).Min(),
                    p.History.Where(e => e.To == PartnershipStatus.Active).Select(e => (DateTimeOffset?)e.At).Min(),
                    p.History.Where(e => e.To == PartnershipStatus.Completed).Select(e => (DateTimeOffset?)e.At).Min(),
                    p.ContractValue,
                    p.JobsCreated))
                .ToListAsync(cancellationToken);

    private static ImpactWindow Window(
        int months, DateTimeOffset from, DateTimeOffset now, HashSet<Guid> treated, HashSet<Guid> comparison, List<PartnershipFact> facts)
    {
        var to = from.AddMonths(months);
        return new ImpactWindow(
            months,
            DateOnly.FromDateTime(from.UtcDateTime),
            DateOnly.FromDateTime(to.UtcDateTime),
            now >= to,
            Outcome(treated, facts, from, to),
            Outcome(comparison, facts, from, to));
    }

    private static GroupOutcome Outcome(HashSet<Guid> group, List<PartnershipFact> facts, DateTimeOffset from, DateTimeOffset to)
    {
        bool In(DateTimeOffset? at) => at is { } t && t >= from && t < to;
        var mine = facts.Where(f => group.Contains(f.IkmId)).ToList();
        var accepted = mine.Where(f => In(f.Accepted)).ToList();
        return new GroupOutcome(
            group.Count,
            mine.Count(f => In(f.Proposed)),
            accepted.Count,
            mine.Count(f => In(f.Completed)),
            mine.Where(f => In(f.Activated)).Sum(f => f.ContractValue ?? 0),
            mine.Where(f => In(f.Completed)).Sum(f => f.Jobs ?? 0),
            accepted.Select(f => f.IkmId).Distinct().Count(),
            group.Count == 0 ? 0m : Math.Round((decimal)accepted.Count / group.Count, 3, MidpointRounding.AwayFromZero));
    }
}
