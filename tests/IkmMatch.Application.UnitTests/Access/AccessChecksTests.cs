using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Access;

namespace IkmMatch.Application.UnitTests.Access;

public sealed class AccessChecksTests
{
    private static readonly Guid IkmA = Guid.NewGuid();
    private static readonly Guid IkmB = Guid.NewGuid();
    private static readonly Guid IndustryX = Guid.NewGuid();
    private static readonly Guid IndustryY = Guid.NewGuid();

    private sealed record Actor(Role? Role, Guid? IkmId = null, Guid? IndustryId = null) : ICurrentActor
    {
        public string Name => "uji";

        public string Subject => "key:uji";
    }

    [Fact]
    public void Demand_RoleWithoutGrant_Throws403NamingRoleAndOperation()
    {
        var error = Should.Throw<ForbiddenException>(() => new Actor(Role.Integration).Demand(Operation.VerifyIkm));

        error.Message.ShouldContain("'integration'");
        error.Message.ShouldContain("VerifyIkm");
    }

    [Fact]
    public void Demand_NoRole_Throws403()
    {
        Should.Throw<ForbiddenException>(() => new Actor(null).Demand(Operation.ListIkms));
    }

    [Fact]
    public void DemandOn_IkmCaller_OwnIkmPassesAnotherThrows()
    {
        var actor = new Actor(Role.Ikm, IkmId: IkmA);

        Should.NotThrow(() => actor.DemandOn(Operation.GetIkm, ikmId: IkmA));
        Should.Throw<ForbiddenException>(() => actor.DemandOn(Operation.GetIkm, ikmId: IkmB)).Message.ShouldContain(IkmA.ToString());
    }

    [Fact]
    public void DemandOn_IndustryCaller_PartnershipOfItsIndustryPassesWhateverTheIkm()
    {
        var actor = new Actor(Role.Industry, IndustryId: IndustryX);

        Should.NotThrow(() => actor.DemandOn(Operation.GetPartnership, ikmId: IkmB, industryId: IndustryX));
        Should.Throw<ForbiddenException>(() => actor.DemandOn(Operation.GetPartnership, ikmId: IkmA, industryId: IndustryY));
    }

    [Fact]
    public void DemandOn_IkmCaller_OpenNeedsOnly()
    {
        var actor = new Actor(Role.Ikm, IkmId: IkmA);

        Should.NotThrow(() => actor.DemandOn(Operation.GetNeed, industryId: IndustryY, open: true));
        Should.Throw<ForbiddenException>(() => actor.DemandOn(Operation.GetNeed, industryId: IndustryY, open: false));
    }

    [Fact]
    public void DemandOn_IkmCaller_ProgrammesOpenToItOnly_SaidAsProgrammes()
    {
        var actor = new Actor(Role.Ikm, IkmId: IkmA);
        var notOpen = new IkmMatch.Domain.Common.Text("problem.seesOpenProgrammesOnly");

        Should.NotThrow(() => actor.DemandOn(Operation.GetProgramme, industryId: IndustryX, open: true, notOpen: notOpen));
        Should.Throw<ForbiddenException>(() => actor.DemandOn(Operation.GetProgramme, open: false, notOpen: notOpen)).Text.ShouldBe(notOpen);
        Should.NotThrow(() => actor.DemandOn(Operation.EnrolInProgramme, ikmId: IkmA, industryId: IndustryX));
        Should.Throw<ForbiddenException>(() => actor.DemandOn(Operation.EnrolInProgramme, ikmId: IkmB));
    }

    [Fact]
    public void Matrix_Programmes_AdminManagesIntegrationReadsIndustryOwnsIkmAppliesAndSeesOpen()
    {
        AccessMatrix.For(Role.Integration, Operation.GetProgramme).ShouldBe(Grant.All);
        AccessMatrix.For(Role.Integration, Operation.CreateProgramme).ShouldBe(Grant.None);
        AccessMatrix.For(Role.Industry, Operation.CompleteProgrammeEnrolment).ShouldBe(Grant.Own);
        AccessMatrix.For(Role.Ikm, Operation.ListProgrammes).ShouldBe(Grant.Open);
        AccessMatrix.For(Role.Ikm, Operation.EnrolInProgramme).ShouldBe(Grant.Own);
        AccessMatrix.For(Role.Ikm, Operation.CompleteProgrammeEnrolment).ShouldBe(Grant.None);
        AccessMatrix.For(Role.Industry, Operation.GetProgrammesReport).ShouldBe(Grant.None);
        AccessMatrix.For(Role.Ikm, Operation.GetIkmUnlocks).ShouldBe(Grant.Own);
    }

    [Fact]
    public void DemandOn_AdminAndIntegration_AnyRecordTheirRoleAllows()
    {
        Should.NotThrow(() => new Actor(Role.Admin).DemandOn(Operation.UpdateNeed, industryId: IndustryY));
        Should.NotThrow(() => new Actor(Role.Integration).DemandOn(Operation.GetPartnership, IkmB, IndustryY));
        Should.Throw<ForbiddenException>(() => new Actor(Role.Integration).DemandOn(Operation.UpdateNeed, industryId: IndustryY));
    }

    [Fact]
    public void OwnListScope_FiltersToTheCallersRecordAndRefusesAnother()
    {
        var industry = new Actor(Role.Industry, IndustryId: IndustryX);
        var ikm = new Actor(Role.Ikm, IkmId: IkmA);

        industry.OwnListScope(Operation.ListPartnerships, IkmB, null).ShouldBe((IkmB, IndustryX));
        ikm.OwnListScope(Operation.ListPartnerships, null, IndustryY).ShouldBe((IkmA, IndustryY));
        Should.Throw<ForbiddenException>(() => industry.OwnListScope(Operation.ListPartnerships, null, IndustryY));
        Should.Throw<ForbiddenException>(() => ikm.OwnListScope(Operation.ListPartnerships, IkmB, null));
    }
}
