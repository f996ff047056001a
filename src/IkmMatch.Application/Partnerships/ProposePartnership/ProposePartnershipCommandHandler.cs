using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Partnerships.ProposePartnership;

public sealed class ProposePartnershipCommandHandler(IApplicationDbContext db, MatchScorer scorer, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ProposePartnershipCommand, Versioned<PartnershipResponse>>
{
    public async ValueTask<Versioned<PartnershipResponse>> Handle(ProposePartnershipCommand command, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(ct => ProposeAsync(command, ct), cancellationToken);

    private async Task<Versioned<PartnershipResponse>> ProposeAsync(ProposePartnershipCommand command, CancellationToken cancellationToken)
    {
        var body = command.Body;
        if (body.NeedId is { } lockedNeed)
        {
            // Held until the proposal commits: a concurrent close waits for it, or it sees the need closed.
            await db.LockNeedAsync(lockedNeed, exclusive: false, cancellationToken);
        }

        await EnsureActiveAsync(db.Ikms.Where(i => i.Id == body.IkmId).Select(i => (RecordStatus?)i.Status), "ikmId", "IKM", body.IkmId, cancellationToken);

        Guid industryId;
        MatchResult? match = null;
        if (body.NeedId is { } needId)
        {
            var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, cancellationToken)
                ?? throw Invalid("needId", $"No need with id {needId} exists.");
            actor.DemandOn(Operation.ProposePartnership, industryId: need.IndustryId);
            if (need.Status != NeedStatus.Open)
            {
                throw new ConflictException($"Need {needId} is {need.Status}; only an Open need takes proposals.");
            }

            industryId = need.IndustryId;
            var buyer = await db.Industries.Where(i => i.Id == need.IndustryId).Select(i => new { i.Status, i.Kecamatan }).FirstAsync(cancellationToken);
            if (buyer.Status == RecordStatus.Archived)
            {
                throw new ConflictException($"Industry {industryId} is archived and takes no new partnerships.");
            }

            var industryKecamatan = buyer.Kecamatan;
            var candidate = await db.OneAsync(body.IkmId, cancellationToken);
            match = scorer.Score(need.ToMatch(industryKecamatan), candidate!.Match);

            var running = await db.Partnerships.AnyAsync(
                p => p.NeedId == needId && p.IkmId == body.IkmId && PartnershipLifeCycle.NonTerminal.Contains(p.Status), cancellationToken);
            if (running)
            {
                throw DuplicateProposal(needId, body.IkmId);
            }
        }
        else
        {
            industryId = body.IndustryId!.Value;
            actor.DemandOn(Operation.ProposePartnership, industryId: industryId);
            await EnsureActiveAsync(
                db.Industries.Where(i => i.Id == industryId).Select(i => (RecordStatus?)i.Status), "industryId", "Industry", industryId, cancellationToken);
        }

        var partnership = Partnership.Propose(body.NeedId, body.IkmId, industryId, body.Pattern, match, body.Notes?.Trim(), actor.Name, clock.Now());
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return partnership.ToVersionedResponse();
    }

    private static Task EnsureActiveAsync(
        IQueryable<RecordStatus?> status, string field, string resource, Guid id, CancellationToken cancellationToken) =>
        status.EnsureActiveAsync(field, $"No {resource} with id {id} exists.", $"{resource} {id} is archived and takes no new partnerships.", cancellationToken);

    private static ValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });

    internal static ConflictException DuplicateProposal(Guid needId, Guid ikmId) =>
        new($"IKM {ikmId} already has a running partnership (Proposed, Accepted or Active) for need {needId}.");
}
