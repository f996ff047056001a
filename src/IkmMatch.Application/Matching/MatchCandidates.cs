using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching;

/// <summary>
/// Loads one IKM as the scorer sees it: with its capabilities (of one KBLI division, or all), its certificates and its
/// track record (completed partnerships and the sum of their ratings). The candidates of a need are found by
/// <see cref="IMatchCandidateSearch"/>.
/// </summary>
internal static class MatchCandidates
{
    public sealed record Candidate(Guid IkmId, string Name, CandidateToMatch Match);

    /// <summary>One IKM as the scorer sees it for a need of <paramref name="needKbli"/>, whatever its status or capabilities.</summary>
    public static async Task<Candidate?> OneForNeedAsync(this IApplicationDbContext db, string needKbli, Guid ikmId, CancellationToken cancellationToken) =>
        (await db.LoadAsync(db.Ikms.Where(i => i.Id == ikmId), needKbli[..2], cancellationToken)).SingleOrDefault();

    /// <summary>One IKM with every capability, for ranking needs of any division (opportunities).</summary>
    public static async Task<Candidate?> OneAsync(this IApplicationDbContext db, Guid ikmId, CancellationToken cancellationToken) =>
        (await db.LoadAsync(db.Ikms.Where(i => i.Id == ikmId), division: null, cancellationToken)).SingleOrDefault();

    private static async Task<List<Candidate>> LoadAsync(
        this IApplicationDbContext db, IQueryable<Ikm> ikms, string? division, CancellationToken cancellationToken)
    {
        var rows = await ikms.AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.Name,
                i.Kecamatan,
                i.Verified,
                Capabilities = i.Capabilities
                    .Where(c => division == null || c.Kbli.StartsWith(division))
                    .OrderBy(c => c.Ordinal)
                    .Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit))
                    .ToList(),
                Certifications = i.Certifications
                    .Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent))
                    .ToList(),
                Completed = db.Partnerships.Count(p => p.IkmId == i.Id && p.Status == PartnershipStatus.Completed),
                RatingSum = db.Partnerships.Where(p => p.IkmId == i.Id && p.Status == PartnershipStatus.Completed).Sum(p => p.Rating ?? 0),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new Candidate(
            r.Id,
            r.Name,
            new CandidateToMatch(r.Id, r.Kecamatan, r.Verified, r.Capabilities, r.Certifications, new TrackRecord(r.Completed, r.RatingSum))))];
    }
}
