using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching;

/// <summary>
/// Finds what the scorer needs in PostgreSQL, never the whole registry: the candidates of one need are the active
/// IKM with a capability in the need's KBLI division (answered from the KBLI index), loaded with only those
/// capabilities and their certificates.
/// </summary>
internal static class MatchCandidates
{
    public sealed record Candidate(Guid IkmId, string Name, CandidateToMatch Match);

    public static async Task<List<Candidate>> ForNeedAsync(this IApplicationDbContext db, string needKbli, CancellationToken cancellationToken)
    {
        var division = needKbli[..2];
        var rows = await db.Ikms.AsNoTracking()
            .Where(i => i.Status == RecordStatus.Active && i.Capabilities.Any(c => c.Kbli.StartsWith(division)))
            .Select(i => new
            {
                i.Id,
                i.Name,
                i.Kecamatan,
                i.Verified,
                Capabilities = i.Capabilities
                    .Where(c => c.Kbli.StartsWith(division))
                    .OrderBy(c => c.Ordinal)
                    .Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit))
                    .ToList(),
                Certifications = i.Certifications
                    .Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new Candidate(
            r.Id,
            r.Name,
            new CandidateToMatch(r.Id, r.Kecamatan, r.Verified, r.Capabilities, r.Certifications, TrackRecord.None)))];
    }

    public static NeedToMatch ToMatch(this ProcurementNeed need, Kecamatan industryKecamatan) => new(
        need.Kbli,
        need.Title,
        need.Description,
        need.Keywords,
        need.MonthlyVolume,
        need.Unit,
        need.RequiredCertifications,
        need.PreferredCertifications,
        need.MinTkdnPercent,
        need.NeededBy,
        need.AllowPartialSupply,
        industryKecamatan);
}
