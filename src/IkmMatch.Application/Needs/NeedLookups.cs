using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Needs;

internal static class NeedLookups
{
    /// <summary>
    /// The buying industry must exist (a 400 naming <c>industryId</c> otherwise, never a foreign-key failure) and be
    /// active (409 when archived).
    /// </summary>
    public static Task EnsureIndustryCanBuyAsync(this IApplicationDbContext db, Guid industryId, CancellationToken cancellationToken) =>
        db.Industries.Where(i => i.Id == industryId).Select(i => (RecordStatus?)i.Status).EnsureActiveAsync(
            "industryId",
            new Text("problem.noSuch.Industry", industryId.ToString()),
            new Text("problem.industryArchivedNoNeeds", industryId.ToString()),
            cancellationToken);
}
