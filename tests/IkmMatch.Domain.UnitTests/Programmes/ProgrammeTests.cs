using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Programmes;

public sealed class ProgrammeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid IkmA = new("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid IkmB = new("00000000-0000-0000-0000-0000000000b2");

    private static ProgrammeDetails Details(int seats = 2) => new(
        ProgrammeKind.CertificationFacilitation, "Fasilitasi SNI", null, new DateOnly(2027, 1, 10), new DateOnly(2027, 4, 30), seats, 100_000_000,
        [CertificationType.SNI, CertificationType.SNI], ["25", "25"], ["mutu"]);

    private static Programme Open(int seats = 2)
    {
        var programme = Programme.Plan(Details(seats), null, "dinas", T0);
        programme.Open("dinas", null, T0.AddDays(1));
        return programme;
    }

    [Fact]
    public void Plan_StartsPlannedWithOneHistoryEntryAndDistinctTargets()
    {
        var programme = Programme.Plan(Details(), null, "dinas", T0);

        programme.Status.ShouldBe(ProgrammeStatus.Planned);
        programme.Version.ShouldBe(1);
        programme.History.Single().To.ShouldBe(ProgrammeStatus.Planned);
        programme.Certifications.ShouldBe([CertificationType.SNI]);
        programme.KbliDivisions.ShouldBe(["25"]);
    }

    [Fact]
    public void LifeCycle_PlannedOpenRunningCompleted_KeepsHistoryAndCompletionTime()
    {
        var programme = Open();
        programme.Start("dinas", "hari pertama", T0.AddDays(2));
        programme.Complete("dinas", null, T0.AddDays(3));

        programme.History.Select(h => h.To).ShouldBe([ProgrammeStatus.Planned, ProgrammeStatus.OpenForEnrolment, ProgrammeStatus.Running, ProgrammeStatus.Completed]);
        programme.History.Select(h => h.Sequence).ShouldBe([0, 1, 2, 3]);
        programme.CompletedAt.ShouldBe(T0.AddDays(3));
    }

    [Theory]
    [InlineData(ProgrammeStatus.Planned, ProgrammeAction.Start)]
    [InlineData(ProgrammeStatus.Planned, ProgrammeAction.Complete)]
    [InlineData(ProgrammeStatus.OpenForEnrolment, ProgrammeAction.Open)]
    [InlineData(ProgrammeStatus.Running, ProgrammeAction.Start)]
    public void Step_StatusDoesNotAllowIt_ThrowsNamingTheAllowedActions(ProgrammeStatus status, ProgrammeAction action)
    {
        var programme = Programme.Plan(Details(), null, "dinas", T0);
        if (status != ProgrammeStatus.Planned)
        {
            programme.Open("dinas", null, T0);
        }

        if (status == ProgrammeStatus.Running)
        {
            programme.Start("dinas", null, T0);
        }

        var error = Should.Throw<ProgrammeTransitionException>(() =>
        {
            switch (action)
            {
                case ProgrammeAction.Open: programme.Open("dinas", null, T0); break;
                case ProgrammeAction.Start: programme.Start("dinas", null, T0); break;
                default: programme.Complete("dinas", null, T0); break;
            }
        });

        error.CurrentStatus.ShouldBe(status.ToString());
        error.AllowedActions.ShouldBe([.. ProgrammeLifeCycle.Allowed(status).Select(a => a.Action.ActionName())]);
    }

    [Fact]
    public void Cancel_WithoutReason_IsRefused_CancelledIsFinal()
    {
        var programme = Open();

        Should.Throw<DomainRuleException>(() => programme.Cancel("dinas", " ", T0));
        programme.Cancel("dinas", "anggaran dialihkan", T0);
        Should.Throw<ProgrammeTransitionException>(() => programme.Start("dinas", null, T0)).AllowedActions.ShouldBeEmpty();
    }

    [Fact]
    public void Enrol_SeatsFull_Twice_OrNotOpen_IsRefused()
    {
        var programme = Open(seats: 1);
        programme.Enrol(IkmA, applied: true, "ikm-a", T0);

        Should.Throw<DomainRuleException>(() => programme.Enrol(IkmA, applied: false, "dinas", T0)).Text.Key.ShouldBe("problem.alreadyEnrolled");
        Should.Throw<DomainRuleException>(() => programme.Enrol(IkmB, applied: false, "dinas", T0)).Text.Key.ShouldBe("problem.programmeFull");
        programme.Start("dinas", null, T0);
        programme.WithdrawEnrolment(IkmA, null, T0);
        Should.Throw<DomainRuleException>(() => programme.Enrol(IkmB, applied: false, "dinas", T0)).Text.Key.ShouldBe("problem.programmeNotOpenForEnrolment");
    }

    [Fact]
    public void Withdraw_FreesTheSeat_AndTheSameIkmComesBackOnTheSameEnrolment()
    {
        var programme = Open(seats: 1);
        var first = programme.Enrol(IkmA, applied: false, "dinas", T0);
        programme.WithdrawEnrolment(IkmA, "sakit", T0);

        programme.SeatsTaken.ShouldBe(0);
        var again = programme.Enrol(IkmA, applied: true, "ikm-a", T0.AddHours(1));

        again.ShouldBeSameAs(first);
        again.Status.ShouldBe(EnrolmentStatus.Enrolled);
        again.Applied.ShouldBeTrue();
        programme.Enrolments.Count.ShouldBe(1);
    }

    [Fact]
    public void CompleteEnrolment_OnlyOnceTheProgrammeRuns_AndKeepsTheOutcome()
    {
        var programme = Open();
        programme.Enrol(IkmA, applied: false, "dinas", T0);
        var outcome = new EnrolmentOutcome(new CertificationData(CertificationType.SNI, "SNI-1", "LSPro", new DateOnly(2031, 5, 31), null), 15, "lulus");

        Should.Throw<DomainRuleException>(() => programme.CompleteEnrolment(IkmA, outcome, T0)).Text.Key.ShouldBe("problem.programmeNotRunning.completion");
        programme.Start("dinas", null, T0);
        var enrolment = programme.CompleteEnrolment(IkmA, outcome, T0.AddDays(1));

        enrolment.Status.ShouldBe(EnrolmentStatus.Completed);
        enrolment.CertificateType.ShouldBe(CertificationType.SNI);
        enrolment.CertificateValidUntil.ShouldBe(new DateOnly(2031, 5, 31));
        enrolment.WorkforceAfter.ShouldBe(15);
        Should.Throw<DomainRuleException>(() => programme.CompleteEnrolment(IkmA, outcome, T0)).Text.Key.ShouldBe("problem.enrolmentNotEnrolled");
    }

    [Fact]
    public void Update_BelowTheSeatsTaken_OrOnceRunning_IsRefused()
    {
        var programme = Open(seats: 2);
        programme.Enrol(IkmA, applied: false, "dinas", T0);
        programme.Enrol(IkmB, applied: false, "dinas", T0);

        Should.Throw<DomainRuleException>(() => programme.Update(Details(seats: 1), T0)).Text.Key.ShouldBe("problem.seatsBelowTaken");
        programme.Start("dinas", null, T0);
        Should.Throw<DomainRuleException>(() => programme.Update(Details(seats: 3), T0)).Text.Key.ShouldBe("problem.programmeNotEditable");
    }

    [Fact]
    public void ClaimCertificate_AddsAnUnverifiedClaimOnce()
    {
        var ikm = Ikm.Register(
            new IkmProfile("9120001234567", "CV Baja", null, null, null, null, Kecamatan.Ciwandan, 12, [], []), T0);
        ikm.Verify(T0, "dinas");
        var sni = new CertificationData(CertificationType.SNI, "SNI-1", "LSPro", new DateOnly(2031, 5, 31), null);

        ikm.ClaimCertificate(sni, T0.AddDays(1));
        ikm.ClaimCertificate(sni, T0.AddDays(2));

        ikm.Certifications.Single().Verified.ShouldBeFalse();
        ikm.Certifications.Single().Number.ShouldBe("SNI-1");
        ikm.Verified.ShouldBeTrue(); // the IKM itself stays verified; the new certificate is its claim
        ikm.Version.ShouldBe(3);
    }

    [Fact]
    public void Holding_AndWithout_ChangeOnlyTheCertificatesTheScorerSees()
    {
        var candidate = new CandidateToMatch(
            IkmA, Kecamatan.Ciwandan, true, [], [new CandidateCertification(CertificationType.ISO9001, null, null)], TrackRecord.None);

        var holding = candidate.Holding([CertificationType.SNI]);
        var without = holding.Without([CertificationType.ISO9001]);

        holding.Certifications.Select(c => (c.Type, c.ValidUntil, c.Verified)).ShouldBe([(CertificationType.ISO9001, (DateOnly?)null, true), (CertificationType.SNI, null, false)]);
        without.Certifications.Select(c => c.Type).ShouldBe([CertificationType.SNI]);
        candidate.Certifications.Count.ShouldBe(1);
    }
}
