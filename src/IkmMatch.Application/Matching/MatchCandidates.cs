using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching;

/// <summary>
/// Loads one IKM as the scorer sees it: with every capability (and its stored terms), its certificates and its track
/// record (completed partnerships and the sum of their ratings). The candidates of a need are found by
/// <see cref="IMatchCandidateSearch"/>.
/// </summary>
internal static class MatchCandidates
{
    /// <summary>One IKM as the scorer sees it, whatever its status, or null when there is none.</summary>
    public static async Task<FoundCandidate?> OneAsync(this IApplicationDbContext db, Guid ikmId, CancellationToken cancellationToken)
    {
        var row = await db.Ikms.AsNoTracking()
            .Where(i => i.Id == ikmId)
            .Select(i => new
            {
                i.Id,
                i.Name,
                i.Kecamatan,
                i.Verified,
                Capabilities = i.Capabilities
                    .OrderBy(c => c.Ordinal)
                    .Select(c => new { c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit, c.NameTerms, c.Terms })
                    .ToList(),
                Certifications = i.Certifications
                    .Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent, c.Verified))
                    .ToList(),
                Completed = db.Partnerships.Count(p => p.IkmId == i.Id && p.Status == PartnershipStatus.Completed),
                RatingSum = db.Partnerships.Where(p => p.IkmId == i.Id && p.Status == PartnershipStatus.Completed).Sum(p => p.Rating ?? 0),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

        if (row is null)
        {
            return null;
        }

        var capabilities = row.Capabilities
            .Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit, c.NameTerms, c.Terms))
            .ToList();
        return new FoundCandidate(
            row.Id,
            row.Name,
            new CandidateToMatch(row.Id, row.Kecamatan, row.Verified, capabilities, row.Certifications, new TrackRecord(row.Completed, row.RatingSum)));
    }
}
