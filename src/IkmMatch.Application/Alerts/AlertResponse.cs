using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Needs;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Alerts;

/// <summary>A tender alert: an open need the IKM ranked among the eligible top of, when it was told.</summary>
/// <param name="Id">The alert.</param>
/// <param name="NeedId">The need.</param>
/// <param name="NeedTitle">Its title.</param>
/// <param name="Kbli">Its KBLI.</param>
/// <param name="NeedStatus">Its status now (the alert stays when the need closes).</param>
/// <param name="IndustryId">The industry that posted it.</param>
/// <param name="IndustryName">Its name.</param>
/// <param name="NeededBy">When the industry needs it.</param>
/// <param name="Rank">The IKM's rank among the need's eligible candidates when it was alerted.</param>
/// <param name="Score">Its score then.</param>
/// <param name="CreatedAt">When the alert was made.</param>
/// <param name="Read">Whether the IKM has read it.</param>
/// <param name="ReadAt">When it read it first.</param>
public sealed record AlertResponse(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    string Kbli,
    NeedStatus NeedStatus,
    Guid IndustryId,
    string IndustryName,
    DateOnly NeededBy,
    int Rank,
    decimal Score,
    DateTimeOffset CreatedAt,
    bool Read,
    DateTimeOffset? ReadAt);

internal static class AlertQueries
{
    /// <summary>Alerts with their need and industry, as answered.</summary>
    public static IQueryable<AlertResponse> Responses(this IApplicationDbContext db, IQueryable<TenderAlert> alerts) =>
        alerts
            .Join(db.Needs, a => a.NeedId, n => n.Id, (a, n) => new { Alert = a, Need = n })
            .Join(db.Industries, x => x.Need.IndustryId, i => i.Id, (x, i) => new AlertResponse(
                x.Alert.Id,
                x.Need.Id,
                x.Need.Title,
                x.Need.Kbli,
                x.Need.Status,
                i.Id,
                i.Name,
                x.Need.NeededBy,
                x.Alert.Rank,
                x.Alert.Score,
                x.Alert.CreatedAt,
                x.Alert.ReadAt != null,
                x.Alert.ReadAt));

    /// <summary>The IKM's alerts, newest first.</summary>
    public static IQueryable<TenderAlert> Newest(this IQueryable<TenderAlert> alerts) =>
        alerts.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id);

    public static Task<bool> IkmExistsAsync(this IApplicationDbContext db, Guid ikmId, CancellationToken cancellationToken) =>
        db.Ikms.AnyAsync(i => i.Id == ikmId, cancellationToken);
}
