using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Common;

/// <summary>Records a request names by id in its body (the IKM of a proposal, the industry of a need, …).</summary>
internal static class ReferencedRecords
{
    /// <summary>
    /// The record whose status <paramref name="status"/> reads must exist — a 400 naming <paramref name="field"/>
    /// otherwise, never a foreign-key failure — and be active: a 409 when archived.
    /// </summary>
    public static async Task EnsureActiveAsync(
        this IQueryable<RecordStatus?> status, string field, Text missing, Text archived, CancellationToken cancellationToken)
    {
        var found = await status.FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException(new Dictionary<string, string[]> { [field] = [missing.Say()] });
        if (found == RecordStatus.Archived)
        {
            throw new ConflictException(archived);
        }
    }
}
