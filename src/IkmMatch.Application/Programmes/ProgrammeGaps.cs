using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes;

/// <summary>
/// What an IKM lacks that a programme may address: the certificates it does not hold valid today, and the KBLI
/// divisions it works in. A programme addresses the IKM when it is for one of its divisions (or names none) and helps
/// obtain a certificate the IKM lacks (or names none).
/// </summary>
internal sealed record ProgrammeGaps(IReadOnlySet<CertificationType> Held, IReadOnlySet<string> Divisions)
{
    public bool Addressed(IReadOnlyCollection<CertificationType> certifications, IReadOnlyCollection<string> divisions) =>
        (divisions.Count == 0 || divisions.Any(Divisions.Contains))
        && (certifications.Count == 0 || Lacking(certifications).Count > 0);

    /// <summary>The certificates of <paramref name="certifications"/> the IKM does not hold valid today.</summary>
    public IReadOnlyList<CertificationType> Lacking(IEnumerable<CertificationType> certifications) => [.. certifications.Where(c => !Held.Contains(c))];

    public static ProgrammeGaps Of(CandidateToMatch candidate, DateOnly today) => new(
        candidate.Certifications.Where(c => c.IsValidOn(today)).Select(c => c.Type).ToHashSet(),
        candidate.Capabilities.Select(c => c.Kbli[..2]).ToHashSet(StringComparer.Ordinal));
}

internal static class ProgrammeGapQueries
{
    public static async Task<ProgrammeGaps> GapsOfAsync(this IApplicationDbContext db, Guid ikmId, DateOnly today, CancellationToken cancellationToken)
    {
        var certifications = await db.Ikms.AsNoTracking().Where(i => i.Id == ikmId)
            .SelectMany(i => i.Certifications.Select(c => new { c.Type, c.ValidUntil, c.TkdnPercent, c.Verified }))
            .ToListAsync(cancellationToken);
        var kblis = await db.Ikms.AsNoTracking().Where(i => i.Id == ikmId).SelectMany(i => i.Capabilities.Select(c => c.Kbli)).ToListAsync(cancellationToken);
        return new ProgrammeGaps(
            certifications.Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent, c.Verified)).Where(c => c.IsValidOn(today)).Select(c => c.Type).ToHashSet(),
            kblis.Select(k => k[..2]).ToHashSet(StringComparer.Ordinal));
    }
}
