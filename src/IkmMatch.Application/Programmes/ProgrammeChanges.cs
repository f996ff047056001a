using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes;

internal static class ProgrammeChanges
{
    public static IQueryable<Programme> Whole(this IQueryable<Programme> programmes) =>
        programmes.Include(p => p.History.OrderBy(e => e.Sequence)).Include(p => p.Enrolments).AsSplitQuery();

    /// <summary>
    /// Every change to a programme, written once: in a transaction, its row locked (so that enrolments and steps happen
    /// one after the other and each sees the seats the one before left), loaded (404), checked for the caller (403) and
    /// If-Match (412), changed by the Domain (409 for what its rules refuse) and saved on its version token.
    /// </summary>
    public static Task<T> ChangeProgrammeAsync<T>(
        this IApplicationDbContext db,
        ICurrentActor actor,
        Operation operation,
        Guid id,
        Precondition precondition,
        Func<Programme, CancellationToken, Task<T>> change,
        CancellationToken cancellationToken,
        Guid? ikmId = null) =>
        db.InTransactionAsync(
            async ct =>
            {
                await db.LockProgrammeAsync(id, ct);
                var programme = await db.Programmes.Whole().FirstOrDefaultAsync(p => p.Id == id, ct)
                    ?? throw new NotFoundException("Programme", id);
                actor.DemandOn(operation, ikmId, programme.OrganiserIndustryId);
                precondition.Check("Programme", id, programme.Version);
                var result = await change(programme, ct);
                await db.SaveChangesGuardedAsync(precondition, "Programme", id, ct);
                return result;
            },
            cancellationToken);

    /// <summary>A life-cycle step: the programme as it is after it.</summary>
    public static async Task<Versioned<ProgrammeResponse>> StepAsync(
        this IApplicationDbContext db, ICurrentActor actor, Operation operation, Guid id, Precondition precondition, Action<Programme> step, CancellationToken cancellationToken)
    {
        var programme = await db.ChangeProgrammeAsync(
            actor,
            operation,
            id,
            precondition,
            (programme, _) =>
            {
                step(programme);
                return Task.FromResult(programme);
            },
            cancellationToken);
        return programme.ToVersionedResponse();
    }

    /// <summary>An enrolment as the API shows it, with the programme's version (its ETag).</summary>
    public static async Task<Versioned<EnrolmentResponse>> ShowAsync(
        this IApplicationDbContext db, Enrolment enrolment, int version, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.AsNoTracking().Where(i => i.Id == enrolment.IkmId)
            .Select(i => new { i.Name, i.Kecamatan, i.Workforce }).FirstAsync(cancellationToken);
        return new Versioned<EnrolmentResponse>(enrolment.ToResponse(ikm.Name, ikm.Kecamatan, ikm.Workforce), version);
    }

    /// <summary>The organising industry must exist (a 400 naming <c>organiserIndustryId</c> otherwise) and be active (409).</summary>
    public static Task EnsureOrganiserActiveAsync(this IApplicationDbContext db, Guid industryId, CancellationToken cancellationToken) =>
        db.Industries.Where(i => i.Id == industryId).Select(i => (RecordStatus?)i.Status).EnsureActiveAsync(
            "organiserIndustryId",
            new Text("problem.noSuch.Industry", industryId.ToString()),
            new Text("problem.industryArchivedNoProgrammes", industryId.ToString()),
            cancellationToken);
}
