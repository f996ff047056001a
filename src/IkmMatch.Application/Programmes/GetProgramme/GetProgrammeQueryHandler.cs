using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Programmes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.GetProgramme;

public sealed class GetProgrammeQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetProgrammeQuery, Versioned<ProgrammeResponse>>
{
    public async ValueTask<Versioned<ProgrammeResponse>> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Whole().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Programme", query.Id);
        var open = programme.Status == ProgrammeStatus.OpenForEnrolment
            || (actor.IkmId is { } own && programme.Enrolments.Any(e => e.IkmId == own));
        actor.DemandOn(Operation.GetProgramme, industryId: programme.OrganiserIndustryId, open: open, notOpen: new Text("problem.seesOpenProgrammesOnly"));
        return programme.ToVersionedResponse();
    }
}
