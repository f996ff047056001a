using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Domain.UnitTests.Partnerships;

public sealed class PartnershipTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid NeedId = new("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid IkmId = new("00000000-0000-0000-0000-0000000000b2");
    private static readonly Guid IndustryId = new("00000000-0000-0000-0000-0000000000c3");
    private static readonly DateOnly Start = new(2027, 1, 1);
    private static readonly DateOnly End = new(2027, 12, 31);

    private static readonly MatchResult Snapshot = new(
        72.33m,
        false,
        [new CriterionScore("category", 30, 1m, 30m, Text.Literal("KBLI 25111 matches 25111 exactly"))],
        [new UnmetRequirement("certification:ISO9001", Text.Literal("no valid ISO9001 on 1 March 2027"))]);

    /// <summary>The statuses each action leads to, where the life cycle allows it (DESIGN §2).</summary>
    private static readonly Dictionary<(PartnershipStatus From, PartnershipAction Action), PartnershipStatus> Lifecycle = new()
    {
        [(PartnershipStatus.Proposed, PartnershipAction.Accept)] = PartnershipStatus.Accepted,
        [(PartnershipStatus.Proposed, PartnershipAction.Reject)] = PartnershipStatus.Rejected,
        [(PartnershipStatus.Proposed, PartnershipAction.Withdraw)] = PartnershipStatus.Withdrawn,
        [(PartnershipStatus.Accepted, PartnershipAction.Activate)] = PartnershipStatus.Active,
        [(PartnershipStatus.Accepted, PartnershipAction.Withdraw)] = PartnershipStatus.Withdrawn,
        [(PartnershipStatus.Active, PartnershipAction.Complete)] = PartnershipStatus.Completed,
        [(PartnershipStatus.Active, PartnershipAction.Terminate)] = PartnershipStatus.Terminated,
    };

    /// <summary>The allowed action names per status, in the order the 409 names them.</summary>
    private static readonly Dictionary<PartnershipStatus, string[]> AllowedNames = new()
    {
        [PartnershipStatus.Proposed] = ["accept", "reject", "withdraw"],
        [PartnershipStatus.Accepted] = ["activate", "withdraw"],
        [PartnershipStatus.Active] = ["complete", "terminate"],
        [PartnershipStatus.Completed] = [],
        [PartnershipStatus.Rejected] = [],
        [PartnershipStatus.Withdrawn] = [],
        [PartnershipStatus.Terminated] = [],
    };

    public static TheoryData<PartnershipStatus, PartnershipAction> AllowedPairs()
    {
        var data = new TheoryData<PartnershipStatus, PartnershipAction>();
        foreach (var (from, action) in Lifecycle.Keys)
        {
            data.Add(from, action);
        }

        return data;
    }

    /// <summary>Every (status, action) the life cycle does not allow: 7 statuses × 6 actions − 7 allowed = 35.</summary>
    public static TheoryData<PartnershipStatus, PartnershipAction> ForbiddenPairs()
    {
        var data = new TheoryData<PartnershipStatus, PartnershipAction>();
        foreach (var status in Enum.GetValues<PartnershipStatus>())
        {
            foreach (var action in Enum.GetValues<PartnershipAction>())
            {
                if (!Lifecycle.ContainsKey((status, action)))
                {
                    data.Add(status, action);
                }
            }
        }

        return data;
    }

    private static Partnership Propose(MatchResult? match = null, string? notes = "dari kebutuhan rak") =>
        Partnership.Propose(NeedId, IkmId, IndustryId, PartnershipPattern.SupplyChain, match ?? Snapshot, notes, "officer", T0);

    /// <summary>A partnership brought to <paramref name="status"/> by the shortest legal path, one hour per step.</summary>
    private static Partnership InStatus(PartnershipStatus status)
    {
        var p = Propose();
        PartnershipAction[] path = status switch
        {
            PartnershipStatus.Proposed => [],
            PartnershipStatus.Accepted => [PartnershipAction.Accept],
            PartnershipStatus.Active => [PartnershipAction.Accept, PartnershipAction.Activate],
            PartnershipStatus.Completed => [PartnershipAction.Accept, PartnershipAction.Activate, PartnershipAction.Complete],
            PartnershipStatus.Rejected => [PartnershipAction.Reject],
            PartnershipStatus.Withdrawn => [PartnershipAction.Withdraw],
            PartnershipStatus.Terminated => [PartnershipAction.Accept, PartnershipAction.Activate, PartnershipAction.Terminate],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        for (var i = 0; i < path.Length; i++)
        {
            Apply(p, path[i], T0.AddHours(i + 1));
        }

        p.Status.ShouldBe(status);
        return p;
    }

    /// <summary>Takes the action with valid arguments.</summary>
    private static void Apply(Partnership p, PartnershipAction action, DateTimeOffset at)
    {
        switch (action)
        {
            case PartnershipAction.Accept:
                p.Accept("ikm-owner", "siap memasok", at);
                break;
            case PartnershipAction.Reject:
                p.Reject("ikm-owner", "kapasitas penuh", at);
                break;
            case PartnershipAction.Withdraw:
                p.Withdraw("buyer", "anggaran ditunda", at);
                break;
            case PartnershipAction.Activate:
                p.Activate("buyer", 150_000_000, Start, End, at);
                break;
            case PartnershipAction.Complete:
                p.Complete("buyer", 4, 3, "tepat waktu", at);
                break;
            case PartnershipAction.Terminate:
                p.Terminate("buyer", "mutu tidak sesuai", at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static (string Actor, string? Note) Expected(PartnershipAction action) => action switch
    {
        PartnershipAction.Accept => ("ikm-owner", "siap memasok"),
        PartnershipAction.Reject => ("ikm-owner", "kapasitas penuh"),
        PartnershipAction.Withdraw => ("buyer", "anggaran ditunda"),
        PartnershipAction.Activate => ("buyer", "contract 150000000 IDR, 2027-01-01 to 2027-12-31"),
        PartnershipAction.Complete => ("buyer", "tepat waktu"),
        PartnershipAction.Terminate => ("buyer", "mutu tidak sesuai"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    // ---- propose --------------------------------------------------------------------------------------------------

    [Fact]
    public void Propose_KeepsEveryFieldAndTheMatchAndStartsTheHistory()
    {
        var p = Propose();

        p.Id.ShouldNotBe(Guid.Empty);
        p.NeedId.ShouldBe(NeedId);
        p.IkmId.ShouldBe(IkmId);
        p.IndustryId.ShouldBe(IndustryId);
        p.Pattern.ShouldBe(PartnershipPattern.SupplyChain);
        p.Status.ShouldBe(PartnershipStatus.Proposed);
        p.Match.ShouldBeSameAs(Snapshot);
        p.Notes.ShouldBe("dari kebutuhan rak");
        p.ContractValue.ShouldBeNull();
        p.StartDate.ShouldBeNull();
        p.EndDate.ShouldBeNull();
        p.Rating.ShouldBeNull();
        p.JobsCreated.ShouldBeNull();
        p.CreatedAt.ShouldBe(T0);
        p.UpdatedAt.ShouldBe(T0);
        p.Version.ShouldBe(1);

        var first = p.History.ShouldHaveSingleItem();
        first.PartnershipId.ShouldBe(p.Id);
        first.Sequence.ShouldBe(0);
        first.From.ShouldBeNull();
        first.To.ShouldBe(PartnershipStatus.Proposed);
        first.At.ShouldBe(T0);
        first.Actor.ShouldBe("officer");
        first.Note.ShouldBe("dari kebutuhan rak");
    }

    [Fact]
    public void Propose_WithoutNeed_HasNoMatch()
    {
        var p = Partnership.Propose(null, IkmId, IndustryId, PartnershipPattern.Franchise, null, null, "officer", T0);

        p.NeedId.ShouldBeNull();
        p.Match.ShouldBeNull();
        p.Notes.ShouldBeNull();
        p.History.ShouldHaveSingleItem().Note.ShouldBeNull();
    }

    [Fact]
    public void Propose_TwoProposals_GetDistinctIds()
    {
        Propose().Id.ShouldNotBe(Propose().Id);
    }

    // ---- every allowed transition ---------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void Transition_Allowed_MovesAppendsOneHistoryEntryAndBumpsVersion(PartnershipStatus from, PartnershipAction action)
    {
        var p = InStatus(from);
        var versionBefore = p.Version;
        var historyBefore = p.History.Count;
        var at = T0.AddDays(10);

        Apply(p, action, at);

        var to = Lifecycle[(from, action)];
        p.Status.ShouldBe(to);
        p.Version.ShouldBe(versionBefore + 1);
        p.UpdatedAt.ShouldBe(at);
        p.CreatedAt.ShouldBe(T0);
        p.History.Count.ShouldBe(historyBefore + 1);
        var entry = p.History[^1];
        entry.PartnershipId.ShouldBe(p.Id);
        entry.Sequence.ShouldBe(historyBefore);
        entry.From.ShouldBe(from);
        entry.To.ShouldBe(to);
        entry.At.ShouldBe(at);
        var (actor, note) = Expected(action);
        entry.Actor.ShouldBe(actor);
        entry.Note.ShouldBe(note);
    }

    [Fact]
    public void Lifecycle_ProposedToCompleted_KeepsTheWholeHistoryInOrderWithTheAgreementAndOutcome()
    {
        var p = InStatus(PartnershipStatus.Completed);

        p.History.Select(e => (e.Sequence, e.From, e.To, e.At)).ShouldBe(
        [
            (0, (PartnershipStatus?)null, PartnershipStatus.Proposed, T0),
            (1, PartnershipStatus.Proposed, PartnershipStatus.Accepted, T0.AddHours(1)),
            (2, PartnershipStatus.Accepted, PartnershipStatus.Active, T0.AddHours(2)),
            (3, PartnershipStatus.Active, PartnershipStatus.Completed, T0.AddHours(3)),
        ]);
        p.History.Select(e => e.Actor).ShouldBe(["officer", "ikm-owner", "buyer", "buyer"]);
        p.Version.ShouldBe(4);
        p.ContractValue.ShouldBe(150_000_000L);
        p.StartDate.ShouldBe(Start);
        p.EndDate.ShouldBe(End);
        p.Rating.ShouldBe(4);
        p.JobsCreated.ShouldBe(3);
        p.UpdatedAt.ShouldBe(T0.AddHours(3));
        p.Match.ShouldBeSameAs(Snapshot);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsAllowedWithANullNote()
    {
        var p = Propose();

        p.Withdraw("buyer", null, T0.AddHours(1));

        p.Status.ShouldBe(PartnershipStatus.Withdrawn);
        p.History[^1].Note.ShouldBeNull();
    }

    [Fact]
    public void Accept_WithoutNote_IsAllowedWithANullNote()
    {
        var p = Propose();

        p.Accept("ikm-owner", null, T0.AddHours(1));

        p.Status.ShouldBe(PartnershipStatus.Accepted);
        p.History[^1].Note.ShouldBeNull();
    }

    [Fact]
    public void RejectAndTerminate_Reason_IsTrimmed()
    {
        var rejected = Propose();
        rejected.Reject("ikm-owner", "  kapasitas penuh  ", T0.AddHours(1));
        rejected.History[^1].Note.ShouldBe("kapasitas penuh");

        var terminated = InStatus(PartnershipStatus.Active);
        terminated.Terminate("buyer", "\tmutu tidak sesuai ", T0.AddDays(1));
        terminated.History[^1].Note.ShouldBe("mutu tidak sesuai");
    }

    // ---- every forbidden transition -------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void Transition_NotAllowed_ThrowsNamingTheStatusAndTheAllowedActionsAndChangesNothing(PartnershipStatus from, PartnershipAction action)
    {
        var p = InStatus(from);
        var version = p.Version;
        var history = p.History.Count;
        var updatedAt = p.UpdatedAt;
        var contract = (p.ContractValue, p.StartDate, p.EndDate, p.Rating, p.JobsCreated);

        var ex = Should.Throw<InvalidTransitionException>(() => Apply(p, action, T0.AddDays(10)));

        ex.ShouldBeAssignableTo<DomainRuleException>();
        ex.Current.ShouldBe(from);
        ex.AllowedActions.ShouldBe(AllowedNames[from]);
        ex.Text.English().ShouldContain(p.Id.ToString());
        ex.Text.English().ShouldContain($"is {from}");
        ex.Text.English().ShouldContain($"cannot {action.ToString().ToLowerInvariant()}");
        if (AllowedNames[from].Length == 0)
        {
            ex.Text.English().ShouldContain($"{from} is final: no action is allowed.");
        }
        else
        {
            ex.Text.English().ShouldContain($"Allowed actions: {string.Join(", ", AllowedNames[from])}.");
        }

        p.Status.ShouldBe(from);
        p.Version.ShouldBe(version);
        p.History.Count.ShouldBe(history);
        p.UpdatedAt.ShouldBe(updatedAt);
        (p.ContractValue, p.StartDate, p.EndDate, p.Rating, p.JobsCreated).ShouldBe(contract);
    }

    [Fact]
    public void ForbiddenPairs_CoverEveryStatusAndActionButTheSevenAllowed()
    {
        ForbiddenPairs().Count.ShouldBe(35);
        AllowedPairs().Count.ShouldBe(7);
        Enum.GetValues<PartnershipStatus>().Length.ShouldBe(7);
        Enum.GetValues<PartnershipAction>().Length.ShouldBe(6);
    }

    [Fact]
    public void LifeCycle_Allowed_MatchesTheDesign()
    {
        foreach (var status in Enum.GetValues<PartnershipStatus>())
        {
            var allowed = PartnershipLifeCycle.Allowed(status);
            allowed.Select(a => a.Action.ActionName()).ShouldBe(AllowedNames[status]);
            foreach (var (action, to) in allowed)
            {
                Lifecycle[(status, action)].ShouldBe(to);
            }
        }
    }

    [Theory]
    [InlineData(PartnershipStatus.Proposed, false)]
    [InlineData(PartnershipStatus.Accepted, false)]
    [InlineData(PartnershipStatus.Active, false)]
    [InlineData(PartnershipStatus.Completed, true)]
    [InlineData(PartnershipStatus.Rejected, true)]
    [InlineData(PartnershipStatus.Withdrawn, true)]
    [InlineData(PartnershipStatus.Terminated, true)]
    public void IsTerminal_OnlyForTheFourEnds(PartnershipStatus status, bool terminal)
    {
        status.IsTerminal().ShouldBe(terminal);
    }

    // ---- guards of activate and complete --------------------------------------------------------------------------

    [Fact]
    public void Activate_NegativeContractValue_IsRefusedAndChangesNothing()
    {
        var p = InStatus(PartnershipStatus.Accepted);

        var ex = Should.Throw<DomainRuleException>(() => p.Activate("buyer", -1, Start, End, T0.AddDays(1)));

        ex.ShouldNotBeOfType<InvalidTransitionException>();
        ex.Text.English().ShouldContain("contract value");
        p.Status.ShouldBe(PartnershipStatus.Accepted);
        p.Version.ShouldBe(2);
        p.History.Count.ShouldBe(2);
        p.ContractValue.ShouldBeNull();
        p.StartDate.ShouldBeNull();
        p.EndDate.ShouldBeNull();
    }

    [Fact]
    public void Activate_EndBeforeStart_IsRefusedAndChangesNothing()
    {
        var p = InStatus(PartnershipStatus.Accepted);

        var ex = Should.Throw<DomainRuleException>(() => p.Activate("buyer", 10, Start, Start.AddDays(-1), T0.AddDays(1)));

        ex.ShouldNotBeOfType<InvalidTransitionException>();
        ex.Text.English().ShouldContain("end date");
        p.Status.ShouldBe(PartnershipStatus.Accepted);
        p.Version.ShouldBe(2);
        p.History.Count.ShouldBe(2);
        p.ContractValue.ShouldBeNull();
    }

    [Fact]
    public void Activate_ZeroValueAndOneDayPeriod_AreTheBoundariesAllowed()
    {
        var p = InStatus(PartnershipStatus.Accepted);

        p.Activate("buyer", 0, Start, Start, T0.AddDays(1));

        p.Status.ShouldBe(PartnershipStatus.Active);
        p.ContractValue.ShouldBe(0L);
        p.StartDate.ShouldBe(Start);
        p.EndDate.ShouldBe(Start);
        p.History[^1].Note.ShouldBe("contract 0 IDR, 2027-01-01 to 2027-01-01");
    }

    [Fact]
    public void Activate_FromProposed_IsAnInvalidTransitionEvenWithBadFigures()
    {
        var p = Propose();

        var ex = Should.Throw<InvalidTransitionException>(() => p.Activate("buyer", -1, End, Start, T0.AddDays(1)));

        ex.Current.ShouldBe(PartnershipStatus.Proposed);
        p.ContractValue.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Complete_RatingOutOfRange_IsRefusedAndChangesNothing(int rating)
    {
        var p = InStatus(PartnershipStatus.Active);

        var ex = Should.Throw<DomainRuleException>(() => p.Complete("buyer", rating, 2, null, T0.AddDays(1)));

        ex.ShouldNotBeOfType<InvalidTransitionException>();
        ex.Text.English().ShouldContain("rating must be between 1 and 5");
        p.Status.ShouldBe(PartnershipStatus.Active);
        p.Version.ShouldBe(3);
        p.History.Count.ShouldBe(3);
        p.Rating.ShouldBeNull();
        p.JobsCreated.ShouldBeNull();
    }

    [Fact]
    public void Complete_NegativeJobs_IsRefusedAndChangesNothing()
    {
        var p = InStatus(PartnershipStatus.Active);

        var ex = Should.Throw<DomainRuleException>(() => p.Complete("buyer", 3, -1, null, T0.AddDays(1)));

        ex.Text.English().ShouldContain("Jobs created");
        p.Status.ShouldBe(PartnershipStatus.Active);
        p.Version.ShouldBe(3);
        p.Rating.ShouldBeNull();
        p.JobsCreated.ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(5, 1000)]
    public void Complete_BoundaryFigures_AreKept(int rating, int jobs)
    {
        var p = InStatus(PartnershipStatus.Active);

        p.Complete("buyer", rating, jobs, null, T0.AddDays(1));

        p.Status.ShouldBe(PartnershipStatus.Completed);
        p.Rating.ShouldBe(rating);
        p.JobsCreated.ShouldBe(jobs);
        p.History[^1].Note.ShouldBeNull();
    }

    [Fact]
    public void Complete_FromAccepted_IsAnInvalidTransitionEvenWithBadFigures()
    {
        var p = InStatus(PartnershipStatus.Accepted);

        var ex = Should.Throw<InvalidTransitionException>(() => p.Complete("buyer", 0, -1, null, T0.AddDays(1)));

        ex.Current.ShouldBe(PartnershipStatus.Accepted);
        ex.AllowedActions.ShouldBe(["activate", "withdraw"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RejectAndTerminate_BlankReason_IsRefusedAndChangesNothing(string? reason)
    {
        var proposed = Propose();
        Should.Throw<DomainRuleException>(() => proposed.Reject("ikm-owner", reason!, T0.AddHours(1))).Text.English().ShouldContain("reason is required");
        proposed.Status.ShouldBe(PartnershipStatus.Proposed);
        proposed.Version.ShouldBe(1);
        proposed.History.Count.ShouldBe(1);

        var active = InStatus(PartnershipStatus.Active);
        Should.Throw<DomainRuleException>(() => active.Terminate("buyer", reason!, T0.AddDays(1))).Text.English().ShouldContain("reason is required");
        active.Status.ShouldBe(PartnershipStatus.Active);
        active.Version.ShouldBe(3);
        active.History.Count.ShouldBe(3);
    }

    // ---- version --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(PartnershipStatus.Proposed, 1)]
    [InlineData(PartnershipStatus.Accepted, 2)]
    [InlineData(PartnershipStatus.Active, 3)]
    [InlineData(PartnershipStatus.Completed, 4)]
    [InlineData(PartnershipStatus.Rejected, 2)]
    [InlineData(PartnershipStatus.Withdrawn, 2)]
    [InlineData(PartnershipStatus.Terminated, 4)]
    public void Version_CountsTheStepsTaken(PartnershipStatus status, int version)
    {
        var p = InStatus(status);

        p.Version.ShouldBe(version);
        p.History.Count.ShouldBe(version);
        p.History.Select(e => e.Sequence).ShouldBe(Enumerable.Range(0, version));
    }
}
