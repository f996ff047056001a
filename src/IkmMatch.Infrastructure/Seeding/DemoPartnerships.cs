using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>An IKM as the matcher sees it, with when it registered and was verified, so a proposal of the past scores it as it was then.</summary>
internal sealed record DemoPartnerIkm(
    Guid Id,
    string Nib,
    Kecamatan Kecamatan,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? VerifiedAt,
    IReadOnlyList<CandidateCapability> Capabilities,
    IReadOnlyList<CandidateCertification> Certifications)
{
    public bool IsDemo => Nib.StartsWith(DemoIkmGenerator.NibPrefix, StringComparison.Ordinal);

    public string Actor => $"ikm:{Nib}";
}

internal sealed record DemoPartnerIndustry(Guid Id, string Nib, Kecamatan Kecamatan, string? Email, DateTimeOffset RegisteredAt)
{
    /// <summary>The buyer's procurement desk: "pengadaan@" and the domain of its registered address.</summary>
    public string Actor
    {
        get
        {
            var at = Email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
            return at > 0 ? $"pengadaan@{Email![(at + 1)..]}" : $"industri:{Nib}";
        }
    }
}

/// <summary>A demo need as stored: what the scorer sees (<see cref="Match"/>, built as the API builds it) and when it was posted.</summary>
internal sealed record DemoPartnerNeed(Guid Id, DemoNeed Demo, DemoPartnerIndustry Buyer, NeedToMatch Match, long? Budget, DateTimeOffset PostedAt, NeedStatus Status);

/// <summary>One life-cycle step after the proposal, replayed through the domain method of the same name.</summary>
internal sealed record DemoStep(
    PartnershipAction Action,
    DateTimeOffset At,
    string Actor,
    string? Note,
    long ContractValue = 0,
    DateOnly Start = default,
    DateOnly End = default,
    int Rating = 0,
    int JobsCreated = 0);

/// <summary>A demo partnership, ready to be built through <see cref="Partnership.Propose"/> and the transitions.</summary>
internal sealed record DemoPartnership(
    int Tag,
    Guid? NeedId,
    Guid IkmId,
    Guid IndustryId,
    PartnershipPattern Pattern,
    MatchResult? Match,
    string Notes,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    IReadOnlyList<DemoStep> Steps)
{
    public string Key => Tag.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    public PartnershipStatus Status => Steps.Count == 0 ? PartnershipStatus.Proposed : Steps[^1].Action switch
    {
        PartnershipAction.Accept => PartnershipStatus.Accepted,
        PartnershipAction.Reject => PartnershipStatus.Rejected,
        PartnershipAction.Withdraw => PartnershipStatus.Withdrawn,
        PartnershipAction.Activate => PartnershipStatus.Active,
        PartnershipAction.Complete => PartnershipStatus.Completed,
        _ => PartnershipStatus.Terminated,
    };

    public Partnership Build()
    {
        var partnership = Partnership.Propose(NeedId, IkmId, IndustryId, Pattern, Match, Notes, ProposedBy, ProposedAt);
        foreach (var step in Steps)
        {
            switch (step.Action)
            {
                case PartnershipAction.Accept:
                    partnership.Accept(step.Actor, step.Note, step.At);
                    break;
                case PartnershipAction.Reject:
                    partnership.Reject(step.Actor, step.Note!, step.At);
                    break;
                case PartnershipAction.Withdraw:
                    partnership.Withdraw(step.Actor, step.Note, step.At);
                    break;
                case PartnershipAction.Activate:
                    partnership.Activate(step.Actor, step.ContractValue, step.Start, step.End, step.At);
                    break;
                case PartnershipAction.Complete:
                    partnership.Complete(step.Actor, step.Rating, step.JobsCreated, step.Note, step.At);
                    break;
                case PartnershipAction.Terminate:
                    partnership.Terminate(step.Actor, step.Note!, step.At);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step.Action}.");
            }
        }

        return partnership;
    }
}

/// <summary>How the seeding leaves a past need once its partnerships are recorded.</summary>
internal sealed record DemoNeedClosing(Guid NeedId, bool Fulfilled, DateTimeOffset At);

internal sealed record DemoPartnershipPlan(IReadOnlyList<DemoPartnership> Partnerships, IReadOnlyList<DemoNeedClosing> Closings);

/// <summary>
/// Plans the demo partnerships of Kota Cilegon's programme as they would have happened, day by day, backwards from
/// the seeding's "now":
/// <list type="bullet">
/// <item>the past needs (posted months ago) were each won by one IKM — two when partial supply is allowed — whose
/// contract was signed, ran and was completed with a rating and the jobs it created, or was terminated, or still
/// runs; IKM proposed earlier declined, and proposals running in parallel were withdrawn once the need was
/// filled; the need is then closed as fulfilled;</item>
/// <item>the open needs (posted in the last weeks) have fresh proposals: waiting for an answer, accepted and waiting
/// for the contract, declined, withdrawn, and a few signed already with a contract that starts by the needed-by date;</item>
/// <item>a few partnerships the department records directly, without a need: inti-plasma programmes of the flour mill
/// and the steel group, general trade, outsourcing, subcontracts of the plant contractors, profit sharing, a joint
/// operation and a distribution agency.</item>
/// </list>
/// A proposal from a need goes to an IKM that ranks high for it: every candidate is scored with the configured
/// <see cref="MatchScorer"/> exactly as the API scores it (the IKM the scorer takes as candidates, every capability in
/// its order, every certificate, the track record of the partnerships completed before that moment, verified if Disperindag had
/// verified it by then), and the proposal keeps that match. An IKM takes part in at most three demo partnerships
/// and in at most one per need. Everything comes from one <see cref="Random"/> with a fixed seed, in a fixed order.
/// </summary>
internal sealed class DemoPartnershipPlanner
{
    /// <summary>No IKM takes part in more than this many demo partnerships, so the demo spreads over the registry.</summary>
    private const int MaxPerIkm = 3;

    /// <summary>How many of the best-ranked IKM a buyer chooses among.</summary>
    private const int Shortlist = 8;

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static readonly double[] ShortlistWeights = [8, 6, 5, 4, 3, 2, 2, 1];

    private static readonly (Outcome Outcome, double Weight)[] OpenOutcomes =
        [(Outcome.Proposed, 38), (Outcome.Accepted, 22), (Outcome.Rejected, 16), (Outcome.Withdrawn, 10), (Outcome.Active, 14)];

    private static readonly (int Count, double Weight)[] LoserCounts = [(0, 30), (1, 45), (2, 25)];

    private static readonly (int Rating, double Weight)[] Ratings = [(5, 40), (4, 38), (3, 14), (2, 6), (1, 2)];

    private readonly MatchScorer _scorer;
    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<DemoPartnerIkm> _ikms;
    private readonly Dictionary<Guid, List<(DateTimeOffset At, int Rating)>> _completed;
    private readonly Dictionary<Guid, int> _used = [];

    public DemoPartnershipPlanner(
        MatchScorer scorer,
        Random random,
        DateTimeOffset now,
        IReadOnlyList<DemoPartnerIkm> ikms,
        IReadOnlyDictionary<Guid, List<(DateTimeOffset At, int Rating)>> completedBefore)
    {
        _scorer = scorer;
        _random = random;
        _today = DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);
        _ikms = ikms;
        _completed = completedBefore.ToDictionary(c => c.Key, c => c.Value.ToList());
    }

    private enum Outcome
    {
        Proposed,
        Accepted,
        Rejected,
        Withdrawn,
        WithdrawnAfterAccept,
        FilledByOther,
        Active,
        Completed,
        Terminated,
    }

    public DemoPartnershipPlan Plan(IReadOnlyList<DemoPartnerNeed> needs, IReadOnlyDictionary<string, DemoPartnerIndustry> industries)
    {
        var slots = new List<Slot>();
        foreach (var need in needs.Where(n => !n.Demo.Past))
        {
            OpenNeedSlots(need, slots);
        }

        foreach (var need in needs.Where(n => n.Demo.Past))
        {
            PastNeedSlots(need, slots);
        }

        foreach (var scenario in DirectScenarios)
        {
            if (industries.TryGetValue(scenario.IndustryNib, out var industry))
            {
                DirectSlot(scenario, industry, slots);
            }
        }

        // Who takes each proposal is decided in the order the proposals were made, so the track record a match
        // counts is the one the IKM had at that moment.
        var planned = new List<DemoPartnership>();
        var perNeed = new Dictionary<Guid, HashSet<Guid>>();
        var directPartners = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var slot in slots.OrderBy(s => s.ProposedAt).ThenBy(s => s.Tag))
        {
            if (Assign(slot, perNeed, directPartners) is { } partnership)
            {
                planned.Add(partnership);
                if (slot.Outcome == Outcome.Completed)
                {
                    var completion = partnership.Steps[^1];
                    if (!_completed.TryGetValue(partnership.IkmId, out var list))
                    {
                        _completed[partnership.IkmId] = list = [];
                    }

                    list.Add((completion.At, completion.Rating));
                }
            }
        }

        return new DemoPartnershipPlan([.. planned.OrderBy(p => p.Tag)], Closings(needs, slots));
    }

    /// <summary>A past need is closed as fulfilled a few days after its last contract was signed; one nobody took is closed unfulfilled.</summary>
    private List<DemoNeedClosing> Closings(IReadOnlyList<DemoPartnerNeed> needs, List<Slot> slots)
    {
        var closings = new List<DemoNeedClosing>();
        foreach (var need in needs.Where(n => n.Demo.Past))
        {
            var mine = slots.Where(s => s.Need == need && s.Ikm is not null).ToList();
            var lastSigned = mine.Where(s => s.ActivateDay is not null).Select(s => s.ActivateDay!.Value).DefaultIfEmpty(0).Min();
            var lastStep = mine.Select(s => Math.Min(s.AnswerDay ?? s.ProposeDay, s.EndDay ?? int.MaxValue)).DefaultIfEmpty(DaysAgo(need.Match.NeededBy)).Min();
            closings.Add(lastSigned > 0
                ? new DemoNeedClosing(need.Id, true, At(Later(lastSigned, 1, 3)))
                : new DemoNeedClosing(need.Id, false, At(Later(Math.Max(2, lastStep), 3, 10))));
        }

        return closings;
    }

    private void OpenNeedSlots(DemoPartnerNeed need, List<Slot> slots)
    {
        var posted = DaysAgo(DateOnly.FromDateTime(need.PostedAt.ToOffset(Wib).DateTime));
        var roll = _random.NextDouble();
        var count = roll < 0.35 ? 0 : roll < 0.75 ? 1 : roll < 0.95 ? 2 : 3;
        var pattern = PatternFor(need.Demo.Kbli);
        var signed = false;
        for (var i = 0; i < count && posted >= 2; i++)
        {
            var outcome = _random.PickWeighted(OpenOutcomes, o => o.Weight).Outcome;

            // A contract on a need that stays open covers part of it: only a need that allows partial supply, once.
            if (outcome == Outcome.Active && (signed || !need.Demo.AllowPartialSupply))
            {
                outcome = Outcome.Accepted;
            }

            var earliest = outcome switch
            {
                Outcome.Proposed => 1,
                Outcome.Active => 5,
                _ => 2,
            };
            var proposal = Workday(_random.Between(Math.Min(earliest, posted - 1), posted - 1));
            if (proposal < earliest)
            {
                outcome = proposal >= 2 && outcome != Outcome.Active ? outcome : Outcome.Proposed;
            }

            var slot = NewSlot(need, need.Buyer, pattern, proposal, slots);
            slot.IkmProposes = _random.Chance(outcome == Outcome.Rejected ? 0.5 : 0.25);
            switch (outcome)
            {
                case Outcome.Accepted:
                    slot.Answer(Outcome.Accepted, Later(proposal, 1, 3));
                    break;
                case Outcome.Rejected:
                    slot.Answer(Outcome.Rejected, Later(proposal, 1, 4));
                    slot.PickIneligible = slot.IkmProposes && _random.Chance(0.7);
                    break;
                case Outcome.Withdrawn:
                    var accepted = Later(proposal, 1, 3);
                    if (accepted >= 2 && _random.Chance(0.4))
                    {
                        slot.Answer(Outcome.Accepted, accepted);
                        slot.Outcome = Outcome.WithdrawnAfterAccept;
                        slot.EndDay = Later(accepted, 1, 4);
                    }
                    else
                    {
                        slot.Answer(Outcome.Withdrawn, Later(proposal, 1, 5));
                    }

                    break;
                case Outcome.Active:
                    slot.Answer(Outcome.Accepted, Later(proposal, 1, 3));
                    if (slot.AnswerDay < 2)
                    {
                        break;
                    }

                    slot.ActivateDay = Later(slot.AnswerDay!.Value, 1, 5);
                    var signedOn = DateOf(slot.ActivateDay.Value);
                    var start = need.Match.NeededBy.AddDays(-_random.Between(0, 7));
                    slot.Start = start > signedOn ? start : signedOn.AddDays(_random.Between(1, 3));
                    slot.End = slot.Start.AddDays(DurationFor(need.Demo.Kbli) - 1);
                    slot.Value = ContractValue(need.Budget, 2);
                    slot.Outcome = Outcome.Active;
                    signed = true;
                    break;
                default:
                    break;
            }
        }
    }

    private void PastNeedSlots(DemoPartnerNeed need, List<Slot> slots)
    {
        var posted = DaysAgo(DateOnly.FromDateTime(need.PostedAt.ToOffset(Wib).DateTime));
        var pattern = PatternFor(need.Demo.Kbli);
        var winners = need.Demo.AllowPartialSupply && _random.Chance(0.4) ? 2 : 1;
        var firstProposal = Workday(posted - _random.Between(5, 12));
        var firstSigned = int.MaxValue;
        for (var i = 0; i < winners; i++)
        {
            var proposal = i == 0 ? firstProposal : Later(firstProposal, 1, 4);
            var slot = NewSlot(need, need.Buyer, pattern, proposal, slots);
            slot.IkmProposes = _random.Chance(0.25);
            slot.Answer(Outcome.Accepted, Later(proposal, 2, 6));
            slot.ActivateDay = Later(slot.AnswerDay!.Value, 4, 15);
            firstSigned = Math.Min(firstSigned, slot.ActivateDay.Value);
            slot.Start = DateOf(slot.ActivateDay.Value).AddDays(_random.Between(1, 7));
            slot.End = slot.Start.AddDays(DurationFor(need.Demo.Kbli) - 1);
            slot.Value = ContractValue(need.Budget, winners);
            RunContract(slot, _random.Chance(0.13));
        }

        var losers = _random.PickWeighted(LoserCounts, l => l.Weight).Count;
        for (var i = 0; i < losers; i++)
        {
            if (_random.Chance(0.5) && posted - 1 > firstProposal)
            {
                // Proposed first and declined, which is why the buyer went on to the next IKM.
                var slot = NewSlot(need, need.Buyer, pattern, Workday(_random.Between(firstProposal + 1, posted - 1)), slots);
                slot.IkmProposes = _random.Chance(0.5);
                slot.Answer(Outcome.Rejected, Later(slot.ProposeDay, 1, 4));
                slot.PickIneligible = slot.IkmProposes && _random.Chance(0.7);
            }
            else
            {
                // Proposed at the same time; withdrawn once the need was filled, or after talks that led nowhere.
                var slot = NewSlot(need, need.Buyer, pattern, Workday(firstProposal - _random.Between(0, 2)), slots);
                slot.IkmProposes = _random.Chance(0.2);
                var withdrawn = Workday(Math.Clamp(firstSigned - _random.Between(0, 3), 1, slot.ProposeDay - 1));
                if (slot.ProposeDay - withdrawn >= 3 && _random.Chance(0.35))
                {
                    var accepted = _random.Between(withdrawn + 1, slot.ProposeDay - 1);
                    slot.Answer(Outcome.Accepted, Workday(accepted) > withdrawn ? Workday(accepted) : accepted);
                    slot.Outcome = Outcome.WithdrawnAfterAccept;
                    slot.EndDay = withdrawn;
                }
                else
                {
                    slot.Answer(Outcome.FilledByOther, withdrawn);
                }
            }
        }
    }

    private void DirectSlot(DirectScenario scenario, DemoPartnerIndustry industry, List<Slot> slots)
    {
        var registered = DaysAgo(DateOnly.FromDateTime(industry.RegisteredAt.ToOffset(Wib).DateTime));
        var proposal = Workday(Math.Max(3, Math.Min(scenario.ProposedDaysAgo, registered - 3)));
        var slot = NewSlot(null, industry, scenario.Pattern, proposal, slots);
        slot.Direct = scenario;
        switch (scenario.Outcome)
        {
            case Outcome.Proposed:
                break;
            case Outcome.Accepted:
                slot.Answer(Outcome.Accepted, Later(proposal, 3, 10));
                break;
            case Outcome.Withdrawn:
                slot.Answer(Outcome.Withdrawn, Later(proposal, 7, 20));
                break;
            default:
                slot.Answer(Outcome.Accepted, Later(proposal, 3, 10));
                slot.ActivateDay = Later(slot.AnswerDay!.Value, 7, 25);
                slot.Start = DateOf(slot.ActivateDay.Value).AddDays(_random.Between(0, 10));
                slot.End = slot.Start.AddDays(scenario.DurationDays - 1);
                slot.Value = Round(_random.Between(scenario.ValueMin, scenario.ValueMax));
                RunContract(slot, scenario.Outcome == Outcome.Terminated);
                break;
        }
    }

    /// <summary>After the signing: terminated part-way, completed some days after the end date, or still running.</summary>
    private void RunContract(Slot slot, bool terminate)
    {
        var startsAgo = DaysAgo(slot.Start);
        var endsAgo = DaysAgo(slot.End);
        var duration = slot.End.DayNumber - slot.Start.DayNumber + 1;
        var terminatedAgo = startsAgo - (int)(duration * _random.Between(0.3, 0.7));
        if (terminate && terminatedAgo >= 1 && terminatedAgo < slot.ActivateDay)
        {
            slot.Outcome = Outcome.Terminated;
            slot.EndDay = Workday(terminatedAgo);
        }
        else if (endsAgo >= 2)
        {
            slot.Outcome = Outcome.Completed;
            slot.EndDay = Workday(endsAgo - _random.Between(1, Math.Min(14, endsAgo - 1)));
            var rating = _random.PickWeighted(Ratings, r => r.Weight).Rating;
            slot.Rating = rating;
            slot.Jobs = JobsFor(slot.Need?.Demo.Kbli ?? slot.Direct!.KbliPrefixes[0], slot.Value, rating);
        }
        else
        {
            slot.Outcome = Outcome.Active;
        }
    }

    private Slot NewSlot(DemoPartnerNeed? need, DemoPartnerIndustry industry, PartnershipPattern pattern, int proposeDay, List<Slot> slots)
    {
        var slot = new Slot(slots.Count + 1, need, industry, pattern, proposeDay, At(proposeDay));
        slots.Add(slot);
        return slot;
    }

    /// <summary>Chooses the IKM of a slot as of its proposal and writes its history; null when no IKM fits.</summary>
    private DemoPartnership? Assign(Slot slot, Dictionary<Guid, HashSet<Guid>> perNeed, Dictionary<Guid, HashSet<Guid>> directPartners)
    {
        string notes;
        MatchResult? match = null;
        DemoPartnerIkm ikm;
        if (slot.Need is { } need)
        {
            if (!perNeed.TryGetValue(need.Id, out var taken))
            {
                perNeed[need.Id] = taken = [];
            }

            var ranked = Rank(need, slot.ProposedAt);
            var pool = (slot.PickIneligible ? ranked.Ineligible : ranked.Eligible)
                .Where(r => r.Ikm.IsDemo && !taken.Contains(r.Ikm.Id) && _used.GetValueOrDefault(r.Ikm.Id) < MaxPerIkm)
                .Take(Shortlist)
                .ToList();
            if (pool.Count == 0 && slot.PickIneligible)
            {
                slot.PickIneligible = false;
                pool = [.. ranked.Eligible.Where(r => r.Ikm.IsDemo && !taken.Contains(r.Ikm.Id) && _used.GetValueOrDefault(r.Ikm.Id) < MaxPerIkm).Take(Shortlist)];
            }

            if (pool.Count == 0)
            {
                return null;
            }

            var index = _random.PickWeighted(Enumerable.Range(0, pool.Count).ToList(), i => ShortlistWeights[i]);
            var chosen = pool[index];
            ikm = chosen.Ikm;
            match = chosen.Match;
            taken.Add(ikm.Id);
            var rank = ranked.Eligible.FindIndex(r => r.Ikm.Id == ikm.Id) + 1;
            notes = slot.IkmProposes
                ? $"Kami mengajukan diri sebagai pemasok untuk kebutuhan ini; kapasitas kami {Capacity(ikm, need)}. Siap mengirim sampel dan profil usaha."
                : $"Hasil pemadanan IkmMatch: peringkat {rank} dari {ranked.Eligible.Count} IKM yang memenuhi syarat (skor {DemoPartnershipTexts.Score(match.Score)}). Mohon konfirmasi kesanggupan dan penawaran harga.";
        }
        else
        {
            // A business whose main line of work is what the programme is about, new to this industry; else one that also does it.
            var scenario = slot.Direct!;
            var partners = directPartners.TryGetValue(slot.Industry.Id, out var known) ? known : directPartners[slot.Industry.Id] = [];
            var open = _ikms
                .Where(i => i.IsDemo && i.RegisteredAt < slot.ProposedAt && _used.GetValueOrDefault(i.Id) < MaxPerIkm && !partners.Contains(i.Id))
                .OrderBy(i => i.Nib, StringComparer.Ordinal)
                .ToList();
            bool Does(CandidateCapability c) => scenario.KbliPrefixes.Any(p => c.Kbli.StartsWith(p, StringComparison.Ordinal));
            var pool = open.Where(i => i.Capabilities.Count > 0 && Does(i.Capabilities[0])).ToList();
            if (pool.Count == 0)
            {
                pool = [.. open.Where(i => i.Capabilities.Any(Does))];
            }

            if (pool.Count == 0)
            {
                return null;
            }

            ikm = _random.PickWeighted(pool, i =>
                (i.VerifiedAt <= slot.ProposedAt ? 2.0 : 1.0) * (i.Kecamatan == slot.Industry.Kecamatan ? 2.0 : 1.0));
            notes = scenario.Note;
            partners.Add(ikm.Id);
        }

        _used[ikm.Id] = _used.GetValueOrDefault(ikm.Id) + 1;
        slot.Ikm = ikm;
        var (proposer, counterpart) = slot.Direct is not null ? ("disperindag", ikm.Actor)
            : slot.IkmProposes ? (ikm.Actor, slot.Industry.Actor)
            : (slot.Industry.Actor, ikm.Actor);
        return new DemoPartnership(
            slot.Tag,
            slot.Need?.Id,
            ikm.Id,
            slot.Industry.Id,
            slot.Pattern,
            match,
            $"{notes} {DemoPartnershipTexts.Tag(slot.Tag)}",
            proposer,
            slot.ProposedAt,
            Steps(slot, match, proposer, counterpart));
    }

    private List<DemoStep> Steps(Slot slot, MatchResult? match, string proposer, string counterpart)
    {
        var steps = new List<DemoStep>();
        var direct = slot.Direct is not null;
        var buyer = slot.Industry.Actor;
        var signer = direct ? "disperindag" : buyer;
        var texts = direct ? DemoPartnershipTexts.DirectAccepts
            : slot.IkmProposes ? DemoPartnershipTexts.IndustryAccepts
            : DemoPartnershipTexts.IkmAccepts;
        switch (slot.AnswerOutcome)
        {
            case Outcome.Accepted:
                steps.Add(new(PartnershipAction.Accept, At(slot.AnswerDay!.Value), counterpart, _random.Pick(texts)));
                break;
            case Outcome.Rejected:
                var reason = slot.PickIneligible && match is { Eligible: false }
                    ? $"Belum memenuhi syarat: {string.Join("; ", match.Unmet.Select(DemoPartnershipTexts.Unmet))}. Silakan ajukan kembali setelah persyaratan dipenuhi; Disperindag dapat membantu fasilitasi."
                    : _random.Pick(slot.IkmProposes ? DemoPartnershipTexts.IndustryRejects : DemoPartnershipTexts.IkmRejects);
                steps.Add(new(PartnershipAction.Reject, At(slot.AnswerDay!.Value), counterpart, reason));
                break;
            case Outcome.Withdrawn:
                var withdrawal = direct ? slot.Direct!.WithdrawReason
                    : _random.Pick(slot.IkmProposes ? DemoPartnershipTexts.IkmWithdraws : DemoPartnershipTexts.IndustryWithdraws);
                steps.Add(new(PartnershipAction.Withdraw, At(slot.AnswerDay!.Value), proposer, withdrawal));
                break;
            case Outcome.FilledByOther:
                // The buyer withdraws its own proposal; an IKM's application it declines.
                steps.Add(new(slot.IkmProposes ? PartnershipAction.Reject : PartnershipAction.Withdraw, At(slot.AnswerDay!.Value), buyer, DemoPartnershipTexts.FilledByOther));
                break;
            default:
                break;
        }

        if (slot.Outcome == Outcome.WithdrawnAfterAccept)
        {
            steps.Add(new(PartnershipAction.Withdraw, At(slot.EndDay!.Value), _random.Chance(0.5) ? buyer : slot.Ikm!.Actor, _random.Pick(DemoPartnershipTexts.NegotiationFailed)));
        }

        if (slot.ActivateDay is { } activated)
        {
            steps.Add(new(PartnershipAction.Activate, At(activated), signer, null, slot.Value, slot.Start, slot.End));
        }

        if (slot.Outcome == Outcome.Completed)
        {
            steps.Add(new(PartnershipAction.Complete, At(slot.EndDay!.Value), buyer, DemoPartnershipTexts.Completion(_random, slot.Rating, slot.Jobs), Rating: slot.Rating, JobsCreated: slot.Jobs));
        }
        else if (slot.Outcome == Outcome.Terminated)
        {
            var reason = slot.Direct?.TerminationReason ?? _random.Pick(
                DemoPartnershipTexts.OnSite(slot.Need!.Demo.Kbli) ? DemoPartnershipTexts.OnSiteTerminations : DemoPartnershipTexts.SupplyTerminations);
            steps.Add(new(PartnershipAction.Terminate, At(slot.EndDay!.Value), direct ? "disperindag" : buyer, reason));
        }

        return steps;
    }

    /// <summary>The candidates of a need at one moment, scored as the API scores them then: eligible ones by score, then NIB; the others likewise.</summary>
    private (List<(DemoPartnerIkm Ikm, MatchResult Match)> Eligible, List<(DemoPartnerIkm Ikm, MatchResult Match)> Ineligible) Rank(DemoPartnerNeed need, DateTimeOffset at)
    {
        var prepared = _scorer.Prepare(need.Match);
        var scored = new List<(DemoPartnerIkm Ikm, MatchResult Match)>();
        foreach (var ikm in _ikms)
        {
            if (ikm.RegisteredAt >= at)
            {
                continue;
            }

            var record = _completed.TryGetValue(ikm.Id, out var completions)
                ? new TrackRecord(completions.Count(c => c.At < at), completions.Where(c => c.At < at).Sum(c => c.Rating))
                : TrackRecord.None;
            var candidate = new CandidateToMatch(ikm.Id, ikm.Kecamatan, ikm.VerifiedAt <= at, ikm.Capabilities, ikm.Certifications, record);
            if (!_scorer.Evaluate(prepared, candidate).Candidate)
            {
                continue;
            }

            scored.Add((ikm, _scorer.Score(prepared, candidate)));
        }

        var ordered = scored.OrderByDescending(s => s.Match.Score).ThenBy(s => s.Ikm.Nib, StringComparer.Ordinal).ToList();
        return ([.. ordered.Where(s => s.Match.Eligible)], [.. ordered.Where(s => !s.Match.Eligible)]);
    }

    private static string Capacity(DemoPartnerIkm ikm, DemoPartnerNeed need)
    {
        var division = need.Match.Kbli[..2];
        var best = ikm.Capabilities
            .Where(c => c.Kbli.StartsWith(division, StringComparison.Ordinal) && c.Unit == need.Match.Unit)
            .MaxBy(c => c.MonthlyCapacity);
        return best is null
            ? "sesuai kebutuhan"
            : $"{DemoPartnershipTexts.Quantity(best.MonthlyCapacity)} {DemoPartnershipTexts.Unit(best.Unit)} per bulan";
    }

    /// <summary>Patterns as Cilegon's needs call for them: supply of goods is rantai pasok, work on the buyer's equipment subkontrak, services penyumberluaran.</summary>
    private PartnershipPattern PatternFor(string kbli)
    {
        var roll = _random.NextDouble();
        return kbli[..2] switch
        {
            "25" when kbli is "25999" or "25910" => roll < 0.7 ? PartnershipPattern.SupplyChain : PartnershipPattern.Subcontract,
            "25" => roll < 0.8 ? PartnershipPattern.Subcontract : roll < 0.95 ? PartnershipPattern.SupplyChain : PartnershipPattern.JointOperation,
            "33" or "43" => roll < 0.9 ? PartnershipPattern.Subcontract : PartnershipPattern.JointOperation,
            "27" => roll < 0.6 ? PartnershipPattern.SupplyChain : PartnershipPattern.Subcontract,
            "49" or "52" or "77" or "81" => roll < 0.7 ? PartnershipPattern.Outsourcing : PartnershipPattern.Subcontract,
            "10" or "56" => roll < 0.75 ? PartnershipPattern.SupplyChain : roll < 0.9 ? PartnershipPattern.GeneralTrade : PartnershipPattern.Outsourcing,
            _ => roll < 0.8 ? PartnershipPattern.SupplyChain : PartnershipPattern.GeneralTrade,
        };
    }

    /// <summary>Contract length in days: services run for months, repairs and batches of goods for weeks.</summary>
    private int DurationFor(string kbli) => kbli[..2] switch
    {
        "49" or "52" or "77" or "81" => _random.Between(90, 365),
        "56" or "10" => _random.Between(30, 180),
        "25" or "27" or "33" or "43" => _random.Between(30, 120),
        _ => _random.Between(45, 150),
    };

    /// <summary>A share of the need's budget (split between the winners), as agreed prices are: rounded, never above the budget.</summary>
    private long ContractValue(long? budget, int winners)
    {
        var total = budget ?? 150_000_000;
        return Round((long)(total / (double)winners * _random.Between(0.78, 0.97)));
    }

    private static long Round(long value)
    {
        var step = value >= 100_000_000 ? 500_000 : value >= 10_000_000 ? 50_000 : 5_000;
        return Math.Max(step, value / step * step);
    }

    /// <summary>Jobs a contract created at the IKM: more for labour-intensive work (sewing, catering, cleaning, transport), fewer after a poor outcome; 0–15.</summary>
    private int JobsFor(string kbli, long value, int rating)
    {
        var perJob = kbli[..2] is "10" or "13" or "14" or "56" or "81" or "49" ? 35_000_000.0 : 90_000_000.0;
        var jobs = (int)Math.Round(value / perJob * _random.Between(0.5, 1.4)) + _random.Between(0, 2) - (rating <= 2 ? 2 : 0);
        return Math.Clamp(jobs, 0, 15);
    }

    private int DaysAgo(DateOnly date) => _today.DayNumber - date.DayNumber;

    private DateOnly DateOf(int daysAgo) => _today.AddDays(-daysAgo);

    /// <summary>Offices work Monday to Friday: a step that would fall on a weekend happens on the Monday after, if that is still in the past.</summary>
    private int Workday(int daysAgo)
    {
        var shift = DateOf(daysAgo).DayOfWeek switch
        {
            DayOfWeek.Saturday => 2,
            DayOfWeek.Sunday => 1,
            _ => 0,
        };
        return shift > 0 && daysAgo - shift >= 1 ? daysAgo - shift : daysAgo;
    }

    /// <summary>A working day 1 to <paramref name="maxGap"/> days (at least <paramref name="minGap"/>) after the day <paramref name="daysAgo"/>, never today or later.</summary>
    private int Later(int daysAgo, int minGap, int maxGap)
    {
        if (daysAgo <= 1)
        {
            throw new InvalidOperationException($"No day is left after {DateOf(daysAgo):yyyy-MM-dd} and before today.");
        }

        return Workday(Math.Max(1, daysAgo - _random.Between(minGap, maxGap)));
    }

    /// <summary>A moment in office hours (WIB) of the day <paramref name="daysAgo"/> days before today, in UTC; always before now.</summary>
    private DateTimeOffset At(int daysAgo)
    {
        var local = DateOf(daysAgo).ToDateTime(TimeOnly.MinValue)
            .AddMinutes(_random.Between((7 * 60) + 45, (16 * 60) + 30))
            .AddSeconds(_random.Next(60));
        return new DateTimeOffset(local, Wib).ToUniversalTime();
    }

    /// <summary>A partnership the department records directly, without a need.</summary>
    private sealed record DirectScenario(
        string IndustryNib,
        string[] KbliPrefixes,
        PartnershipPattern Pattern,
        Outcome Outcome,
        int ProposedDaysAgo,
        int DurationDays,
        int ValueMin,
        int ValueMax,
        string Note,
        string? WithdrawReason = null,
        string? TerminationReason = null);

    private static readonly DirectScenario[] DirectScenarios =
    [
        new("8120000000135", ["10710", "10792"], PartnershipPattern.NucleusPlasma, Outcome.Completed, 320, 180, 75_000_000, 110_000_000,
            "Program inti-plasma UKM roti binaan: pasokan tepung terigu dengan harga khusus, pelatihan resep dan higiene produksi, pendampingan sertifikasi Halal; produk plasma dipasarkan lewat jaringan distributor inti. Dicatat Disperindag dari forum kemitraan."),
        new("8120000000135", ["10710", "10792"], PartnershipPattern.NucleusPlasma, Outcome.Active, 150, 365, 90_000_000, 150_000_000,
            "Perluasan program inti-plasma UKM roti angkatan kedua: pasokan tepung, pelatihan pengemasan dan pencatatan keuangan, pembelian produk untuk kantin pabrik."),
        new("8120000000001", ["25111", "25113", "25119"], PartnershipPattern.NucleusPlasma, Outcome.Completed, 380, 270, 180_000_000, 300_000_000,
            "Program bapak angkat bengkel las binaan: pelatihan dan sertifikasi juru las, pinjaman mesin las, dan order perbaikan ringan rutin dari Central Maintenance."),
        new("8120000000001", ["25920"], PartnershipPattern.NucleusPlasma, Outcome.Active, 120, 365, 150_000_000, 240_000_000,
            "Bengkel bubut binaan: pembinaan mutu (kalibrasi alat ukur, gambar teknik), order bubut spare part non-kritis setiap bulan dan pendampingan menuju ISO 9001."),
        new("8120000000130", ["22220", "22293"], PartnershipPattern.GeneralTrade, Outcome.Completed, 260, 120, 35_000_000, 60_000_000,
            "Pembelian rutin jeriken dan wadah plastik untuk sampel laboratorium mutu pakan, langsung dari IKM setempat atas rekomendasi Disperindag."),
        new("8120000000145", ["23953"], PartnershipPattern.GeneralTrade, Outcome.Completed, 200, 60, 120_000_000, 200_000_000,
            "Pembelian paving block dan kanstin untuk perbaikan jalan lingkungan kawasan industri, langsung dari IKM bahan bangunan Cilegon."),
        new("8120000000146", ["81210", "81290"], PartnershipPattern.Outsourcing, Outcome.Active, 240, 365, 280_000_000, 420_000_000,
            "Penyumberluaran jasa kebersihan area publik dan taman kawasan industri dengan tenaga kerja warga sekitar kawasan."),
        new("8120000000118", ["49431"], PartnershipPattern.Outsourcing, Outcome.Terminated, 230, 180, 180_000_000, 260_000_000,
            "Penyumberluaran angkutan truk antar-gudang di kawasan pelabuhan Ciwandan.",
            TerminationReason: "Dua unit truk IKM tidak lulus uji KIR ulang dan belum ada pengganti; kontrak diakhiri dengan kesepakatan bersama, pekerjaan yang sudah selesai tetap dibayar."),
        new("8120000000138", ["25113", "25119"], PartnershipPattern.Subcontract, Outcome.Completed, 300, 120, 350_000_000, 600_000_000,
            "Subkontrak fabrikasi ducting dan support pipa untuk proyek EPC pabrik kimia; gambar kerja dan material dari kontraktor utama."),
        new("8120000000140", ["25920", "33122"], PartnershipPattern.Subcontract, Outcome.Completed, 170, 75, 90_000_000, 160_000_000,
            "Subkontrak jasa bubut dan perakitan spare part untuk proyek revamping pompa dan gearbox."),
        new("8120000000141", ["43211"], PartnershipPattern.JointOperation, Outcome.Active, 90, 180, 220_000_000, 380_000_000,
            "Kerja sama operasional (KSO) pemasangan instalasi listrik gedung diklat: IKM menyediakan teknisi berlisensi, PT Engineering Prima mengelola proyek dan K3."),
        new("8120000000061", ["13929"], PartnershipPattern.ProfitSharing, Outcome.Completed, 280, 150, 25_000_000, 45_000_000,
            "Bagi hasil pengolahan seragam kerja bekas menjadi majun: kain dari pabrik, hasil penjualan majun ke pihak ketiga dibagi 70:30 untuk IKM."),
        new("8120000000136", ["10", "56"], PartnershipPattern.DistributionAgency, Outcome.Accepted, 25, 0, 0, 0,
            "Penunjukan IKM sebagai agen distribusi minyak goreng kemasan pabrik untuk usaha kuliner dan katering di Cilegon."),
        new("8120000000043", ["22220", "22293"], PartnershipPattern.Subcontract, Outcome.Proposed, 6, 0, 0, 0,
            "Usulan subkontrak (maklon) pembuatan jeriken dan wadah sampel dari resin polipropilena milik pabrik."),
        new("8120000000067", ["77393"], PartnershipPattern.Outsourcing, Outcome.Withdrawn, 45, 0, 0, 0,
            "Usulan penyumberluaran operator dan sewa forklift untuk gudang bahan baku.",
            WithdrawReason: "Pabrik memutuskan membeli forklift sendiri; usulan ditarik atas permintaan pengadaan pabrik."),
    ];

    /// <summary>One planned proposal while the plan is made: its days (counted back from today), then its IKM.</summary>
    private sealed class Slot(int tag, DemoPartnerNeed? need, DemoPartnerIndustry industry, PartnershipPattern pattern, int proposeDay, DateTimeOffset proposedAt)
    {
        public int Tag { get; } = tag;

        public DemoPartnerNeed? Need { get; } = need;

        public DemoPartnerIndustry Industry { get; } = industry;

        public PartnershipPattern Pattern { get; } = pattern;

        public int ProposeDay { get; } = proposeDay;

        public DateTimeOffset ProposedAt { get; } = proposedAt;

        public DirectScenario? Direct { get; set; }

        public bool IkmProposes { get; set; }

        public bool PickIneligible { get; set; }

        public Outcome Outcome { get; set; } = Outcome.Proposed;

        public Outcome? AnswerOutcome { get; private set; }

        public int? AnswerDay { get; private set; }

        public int? ActivateDay { get; set; }

        public DateOnly Start { get; set; }

        public DateOnly End { get; set; }

        public long Value { get; set; }

        /// <summary>The day it was completed, terminated or withdrawn after acceptance.</summary>
        public int? EndDay { get; set; }

        public int Rating { get; set; }

        public int Jobs { get; set; }

        public DemoPartnerIkm? Ikm { get; set; }

        public void Answer(Outcome outcome, int day)
        {
            AnswerOutcome = outcome;
            AnswerDay = day;
            Outcome = outcome;
        }
    }
}
