using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Access;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.ListProgrammeEnrolments;

public sealed class ListProgrammeEnrolmentsQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<ListProgrammeEnrolmentsQuery, PagedList<EnrolmentResponse>>
{
    public async ValueTask<PagedList<EnrolmentResponse>> Handle(ListProgrammeEnrolmentsQuery query, CancellationToken cancellationToken)
    {
        var organiser = await db.Programmes.AsNoTracking().Where(p => p.Id == query.Id).Select(p => new { p.OrganiserIndustryId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Programme", query.Id);
        var ownIkm = actor.Role == Role.Ikm ? actor.IkmId : null;
        actor.DemandOn(Operation.ListProgrammeEnrolments, ownIkm, organiser.OrganiserIndustryId);

        var enrolments = db.Programmes.AsNoTracking().Where(p => p.Id == query.Id).SelectMany(p => p.Enrolments);
        if (ownIkm is { } ikmId)
        {
            enrolments = enrolments.Where(e => e.IkmId == ikmId);
        }

        if (query.Status is { } status)
        {
            enrolments = enrolments.Where(e => e.Status == status);
        }

        var total = await enrolments.CountAsync(cancellationToken);
        var page = await enrolments
            .OrderBy(e => e.EnrolledAt).ThenBy(e => e.IkmId)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Join(db.Ikms, e => e.IkmId, i => i.Id, (e, i) => new { Enrolment = e, i.Name, i.Kecamatan, i.Workforce })
            .ToListAsync(cancellationToken);
        return new PagedList<EnrolmentResponse>(
            [.. page.Select(r => r.Enrolment.ToResponse(r.Name, r.Kecamatan, r.Workforce))], query.Page, query.PageSize, total);
    }
}
