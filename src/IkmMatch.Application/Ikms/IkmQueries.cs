using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms;

internal static class IkmQueries
{
    /// <summary>Loads capabilities and certificates in the order the IKM gave them.</summary>
    public static IQueryable<Ikm> WithDetails(this IQueryable<Ikm> ikms) => ikms
        .Include(i => i.Capabilities.OrderBy(c => c.Ordinal))
        .Include(i => i.Certifications.OrderBy(c => c.Ordinal))
        .AsSplitQuery();

    /// <summary>
    /// As <see cref="WithDetails"/>, in one statement (one round trip): the few capabilities and certificates of an IKM
    /// are joined to it rather than read by two more statements. For reads of one IKM or one page of them.
    /// </summary>
    public static IQueryable<Ikm> WithDetailsInOneStatement(this IQueryable<Ikm> ikms) => ikms
        .Include(i => i.Capabilities.OrderBy(c => c.Ordinal))
        .Include(i => i.Certifications.OrderBy(c => c.Ordinal))
        .AsSingleQuery();

    /// <summary>The filters of the IKM list and export: part of the name or NIB, kecamatan, KBLI prefix, a certificate valid on <paramref name="today"/>, verification.</summary>
    public static IQueryable<Ikm> Filtered(
        this IQueryable<Ikm> ikms, string? q, Kecamatan? kecamatan, string? kbli, CertificationType? certification, bool? verified, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
            ikms = ikms.Where(i => i.Name.ToLower().Contains(text) || i.Nib.Contains(text));
        }

        if (kecamatan is { } only)
        {
            ikms = ikms.Where(i => i.Kecamatan == only);
        }

        if (!string.IsNullOrEmpty(kbli))
        {
            var prefix = kbli;
            ikms = ikms.Where(i => i.Capabilities.Any(c => c.Kbli.StartsWith(prefix)));
        }

        if (certification is { } type)
        {
            ikms = ikms.Where(i => i.Certifications.Any(c => c.Type == type && (c.ValidUntil == null || c.ValidUntil >= today)));
        }

        if (verified is { } isVerified)
        {
            ikms = ikms.Where(i => i.Verified == isVerified);
        }

        return ikms;
    }
}
