using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Common;
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
                ?? throw Invalid("needId", new Text("problem.noSuch.Need", needId.ToString()));
            actor.DemandOn(Operation.ProposePartnership, industryId: need.IndustryId);
            if (need.Status != NeedStatus.Open)
            {
                throw new ConflictException(new Text("problem.needNotOpenForProposals", needId.ToString(), need.Status.ToString()));
            }

            industryId = need.IndustryId;
            var buyer = await db.Industries.Where(i => i.Id == need.IndustryId).Select(i => new { i.Status, i.Kecamatan }).FirstAsync(cancellationToken);
            if (buyer.Status == RecordStatus.Archived)
            {
                throw new ConflictException(new Text("problem.archivedNoPartnerships.Industry", industryId.ToString()));
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
        status.EnsureActiveAsync(field, new Text("problem.noSuch." + resource, id.ToString()), new Text("problem.archivedNoPartnerships." + resource, id.ToString()), cancellationToken);

    private static ValidationException Invalid(string field, Text message) =>
        new(new Dictionary<string, string[]> { [field] = [message.Say()] });

    internal static ConflictException DuplicateProposal(Guid needId, Guid ikmId) =>
        new(new Text("problem.duplicateProposal", ikmId.ToString(), needId.ToString()));
}
