using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Ikms;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Access;

/// <summary>
/// An IKM owner's name, email and phone are personal data (UU 27/2022). They are shown to admins, integration systems,
/// the IKM itself, and industries in a partnership the IKM has accepted (Accepted, Active, Completed or Terminated); a
/// proposal alone does not reveal them. Everyone else reads them as null.
/// </summary>
public static class ContactPrivacy
{
    private static readonly PartnershipStatus[] Accepted =
        [PartnershipStatus.Accepted, PartnershipStatus.Active, PartnershipStatus.Completed, PartnershipStatus.Terminated];

    public static async Task<IkmResponse> WithContactsShownToAsync(
        this IApplicationDbContext db, ICurrentActor actor, IkmResponse ikm, CancellationToken cancellationToken) =>
        (await db.WithContactsShownToAsync(actor, [ikm], cancellationToken))[0];

    public static async Task<IReadOnlyList<IkmResponse>> WithContactsShownToAsync(
        this IApplicationDbContext db, ICurrentActor actor, IReadOnlyList<IkmResponse> ikms, CancellationToken cancellationToken)
    {
        if (actor.Role is Role.Admin or Role.Integration || ikms.Count == 0)
        {
            return ikms;
        }

        HashSet<Guid> shown = [];
        if (actor.Role == Role.Ikm && actor.IkmId is { } own)
        {
            shown.Add(own);
        }
        else if (actor.Role == Role.Industry && actor.IndustryId is { } industryId)
        {
            var ids = ikms.Select(i => i.Id).ToList();
            shown = [.. await db.Partnerships.AsNoTracking()
                .Where(p => p.IndustryId == industryId && ids.Contains(p.IkmId) && Accepted.Contains(p.Status))
                .Select(p => p.IkmId)
                .Distinct()
                .ToListAsync(cancellationToken)];
        }

        return [.. ikms.Select(i => shown.Contains(i.Id) ? i : i with { OwnerName = null, Email = null, Phone = null })];
    }
}
