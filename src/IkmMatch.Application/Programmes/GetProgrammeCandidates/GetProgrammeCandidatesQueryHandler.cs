using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.GetProgrammeCandidates;

/// <summary>
/// The open needs the programme concerns (of its KBLI divisions, when it names any) are evaluated against their
/// candidates as matching does (<see cref="IMatchCandidateSearch"/> and the Domain scorer). Each candidate that is not
/// eligible, not enrolled, of the programme's divisions and lacking a certificate the programme addresses (when it
/// addresses any) is evaluated again holding those certificates; ranked by the needs that would become eligible, then
/// their budget, then the needs it is blocked from, then id.
/// </summary>
public sealed class GetProgrammeCandidatesQueryHandler(
    IApplicationDbContext db, ICurrentActor actor, IMatchCandidateSearch search, MatchScorer scorer, TimeProvider clock)
    : IQueryHandler<GetProgrammeCandidatesQuery, ProgrammeCandidatesResponse>
{
    public async ValueTask<ProgrammeCandidatesResponse> Handle(GetProgrammeCandidatesQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Enrolments).FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Programme", query.Id);
        actor.DemandOn(Operation.GetProgrammeCandidates, industryId: programme.OrganiserIndustryId);

        var enrolled = programme.Enrolments.Where(e => e.HoldsSeat).Select(e => e.IkmId).ToHashSet();
        var divisions = programme.KbliDivisions;
        var needs = db.Needs.AsNoTracking().Where(n => n.Status == NeedStatus.Open);
        if (divisions.Length > 0)
        {
            needs = needs.Where(n => divisions.Contains(n.Kbli.Substring(0, 2)));
        }

        var rows = await needs
            .Join(db.Industries.Where(i => i.Status == RecordStatus.Active), n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
            .OrderBy(x => x.Need.Id)
            .ToListAsync(cancellationToken);

        var today = clock.Today();
        var tally = new Dictionary<Guid, Tally>();
        foreach (var row in rows)
        {
            var prepared = scorer.Prepare(row.Need.ToMatch(row.Kecamatan));
            await foreach (var found in search.FindAsync(CandidateSearch.For(prepared), cancellationToken))
            {
                if (enrolled.Contains(found.IkmId))
                {
                    continue;
                }

                var gaps = ProgrammeGaps.Of(found.Match, today);
                if (!gaps.Addressed(programme.Certifications, divisions))
                {
                    continue;
                }

                var value = scorer.Evaluate(prepared, found.Match);
                if (!value.Candidate || value.Eligible)
                {
                    continue;
                }

                if (!tally.TryGetValue(found.IkmId, out var t))
                {
                    t = new Tally(found.Match.Kecamatan, gaps.Lacking(programme.Certifications));
                    tally[found.IkmId] = t;
                }

                t.Blocked++;
                if (scorer.Unlocks(prepared, found.Match, t.Lacking))
                {
                    t.Unlocked.Add(row.Need.Id);
                    t.Budget += row.Need.Budget ?? 0;
                }
            }
        }

        var ranked = tally
            .OrderByDescending(x => x.Value.Unlocked.Count)
            .ThenByDescending(x => x.Value.Budget)
            .ThenByDescending(x => x.Value.Blocked)
            .ThenBy(x => x.Key, Comparer<Guid>.Create(MatchRanking.CompareAsText))
            .Take(query.Limit)
            .ToList();
        var ids = ranked.Select(r => r.Key).ToList();
        var names = await db.Ikms.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var items = ranked
            .Select((r, index) => new ProgrammeCandidate(
                index + 1, r.Key, names[r.Key], r.Value.Kecamatan, r.Value.Lacking, r.Value.Unlocked.Count, r.Value.Budget, r.Value.Blocked, r.Value.Unlocked))
            .ToList();
        return new ProgrammeCandidatesResponse(query.Id, tally.Count, items);
    }

    private sealed class Tally(Kecamatan kecamatan, IReadOnlyList<CertificationType> lacking)
    {
        public Kecamatan Kecamatan { get; } = kecamatan;

        public IReadOnlyList<CertificationType> Lacking { get; } = lacking;

        public List<Guid> Unlocked { get; } = [];

        public long Budget { get; set; }

        public int Blocked { get; set; }
    }
}
