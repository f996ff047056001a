using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Needs;

internal static class NeedLookups
{
    /// <summary>
    /// The buying industry must exist (a 400 naming <c>industryId</c> otherwise, never a foreign-key failure) and be
    /// active (409 when archived).
    /// </summary>
    public static async Task EnsureIndustryCanBuyAsync(this IApplicationDbContext db, Guid industryId, CancellationToken cancellationToken)
    {
        var status = await db.Industries.Where(i => i.Id == industryId).Select(i => (RecordStatus?)i.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            throw new ValidationException(new Dictionary<string, string[]>
            {
                ["industryId"] = [$"No industry with id {industryId} is registered."],
            });
        }

        if (status == RecordStatus.Archived)
        {
            throw new ConflictException($"Industry {industryId} is archived and cannot post needs.");
        }
    }
}
