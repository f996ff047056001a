using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.ListProgrammes;

/// <summary>
/// Programmes as the caller may see them: all for admin and integration, those it runs for an industry, and for an IKM
/// the programmes open for enrolment that address its gaps (<see cref="ProgrammeGaps"/>) together with those it takes part in.
/// </summary>
public sealed class ListProgrammesQueryHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListProgrammesQuery, PagedList<ProgrammeResponse>>
{
    public async ValueTask<PagedList<ProgrammeResponse>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.AsNoTracking();
        var organiser = query.OrganiserIndustryId;
        var ikmFilter = query.IkmId;
        var grant = actor.Demand(Operation.ListProgrammes);
        if (grant == Grant.Own)
        {
            organiser = actor.OwnListScope(Operation.ListProgrammes, null, query.OrganiserIndustryId).IndustryId;
        }

        if (query.Status is { } status)
        {
            programmes = programmes.Where(p => p.Status == status);
        }

        if (query.Kind is { } kind)
        {
            programmes = programmes.Where(p => p.Kind == kind);
        }

        if (organiser is { } industryId)
        {
            programmes = programmes.Where(p => p.OrganiserIndustryId == industryId);
        }

        if (grant == Grant.Open)
        {
            var own = actor.IkmId!.Value;
            if (ikmFilter is not null && ikmFilter != own)
            {
                throw new ForbiddenException(new Domain.Common.Text("problem.notYours.ikm", own.ToString(), Operation.ListProgrammes.ToString()));
            }

            // Open programmes are few: which address the IKM's gaps is decided in memory, by the same rule as its candidates.
            var gaps = await db.GapsOfAsync(own, clock.Today(), cancellationToken);
            var visible = await programmes
                .Where(p => p.Status == ProgrammeStatus.OpenForEnrolment || p.Enrolments.Any(e => e.IkmId == own))
                .Select(p => new { p.Id, p.Certifications, p.KbliDivisions, Enrolled = p.Enrolments.Any(e => e.IkmId == own) })
                .ToListAsync(cancellationToken);
            var ids = visible.Where(p => p.Enrolled || (ikmFilter is null && gaps.Addressed(p.Certifications, p.KbliDivisions))).Select(p => p.Id).ToList();
            programmes = programmes.Where(p => ids.Contains(p.Id));
        }
        else if (ikmFilter is { } ikmId)
        {
            programmes = programmes.Where(p => p.Enrolments.Any(e => e.IkmId == ikmId && e.Status != EnrolmentStatus.Withdrawn));
        }

        var total = await programmes.CountAsync(cancellationToken);
        var page = await programmes
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Whole()
            .ToListAsync(cancellationToken);
        return new PagedList<ProgrammeResponse>([.. page.Select(p => p.ToResponse())], query.Page, query.PageSize, total);
    }
}
