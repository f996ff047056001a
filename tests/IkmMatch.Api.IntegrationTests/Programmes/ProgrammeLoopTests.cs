using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Programmes;

/// <summary>
/// The loop a programme closes, through HTTP on a registry of its own: a need blocked by a missing certificate → the
/// programme's candidates list the blocked IKM first → enrolment → completion with the certificate → verification →
/// the IKM is eligible in the need's matches → a partnership → the impact report counts it.
/// </summary>
public sealed class ProgrammeLoopTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly PartnershipApi _api = new(factory.CreateClient());
    private readonly ProgrammeApi _programmes = new(factory.CreateClient());

    [Fact]
    public async Task Loop_GapToProgrammeToCertificateToPartnership_IsCountedByTheImpactReport()
    {
        // A need that asks for SNI; an IKM that does the job but holds no SNI; another that lacks SNI and capacity too.
        var industry = await _api.CreateIndustryAsync("Citangkil");
        var need = await _api.CreateNeedAsync(NeedTestData.Need(industry.Id, required: ["SNI"], budget: 500_000_000));
        var blocked = await _api.CreateIkmAsync(TestData.Ikm(name: "CV Las Terhambat", kecamatan: "Ciwandan"));
        var small = await _api.CreateIkmAsync(TestData.Ikm(
            name: "CV Las Kecil", kecamatan: "Ciwandan", capabilities: new JsonArray(TestData.Capability(capacity: 2))));

        var before = (await _api.MatchItemAsync(need.Id, blocked.Id))!.Value;
        before.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        before.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ShouldBe(["certification:SNI"]);

        var unlocks = await (await _api.Client.GetAsync($"/api/v1/ikms/{blocked.Id}/unlocks?certification=SNI")).ShouldBeAsync<UnlocksDto>(HttpStatusCode.OK);
        unlocks.AlreadyHolds.ShouldBeFalse();
        unlocks.Needs.Select(n => n.NeedId).ShouldBe([need.Id]);
        unlocks.BudgetUnlocked.ShouldBe(500_000_000);
        var smallUnlocks = await (await _api.Client.GetAsync($"/api/v1/ikms/{small.Id}/unlocks?certification=SNI")).ShouldBeAsync<UnlocksDto>(HttpStatusCode.OK);
        smallUnlocks.NeedsUnlocked.ShouldBe(0); // still short of capacity with the certificate

        var programme = await _programmes.CreateAsync(ProgrammeTestData.Programme(budget: 100_000_000));
        programme.Status.ShouldBe("Planned");
        var candidates = await (await _api.Client.GetAsync($"/api/v1/programmes/{programme.Id}/candidates")).ShouldBeAsync<ProgrammeCandidatesDto>(HttpStatusCode.OK);
        candidates.Items[0].IkmId.ShouldBe(blocked.Id);
        candidates.Items[0].Lacking.ShouldBe(["SNI"]);
        candidates.Items[0].NeedsUnlocked.ShouldBe(1);
        candidates.Items[0].BudgetUnlocked.ShouldBe(500_000_000);
        candidates.Items[0].UnlockedNeedIds.ShouldBe([need.Id]);
        var smallCandidate = candidates.Items.Single(c => c.IkmId == small.Id);
        smallCandidate.NeedsUnlocked.ShouldBe(0);
        smallCandidate.NeedsBlocked.ShouldBe(1);
        smallCandidate.Rank.ShouldBeGreaterThan(1);

        await _programmes.MoveAsync(programme.Id, "open");
        var enrolment = await (await _programmes.EnrolAsync(programme.Id, blocked.Id)).ShouldBeAsync<EnrolmentDto>(HttpStatusCode.Created);
        enrolment.Status.ShouldBe("Enrolled");
        enrolment.Applied.ShouldBeFalse();
        var afterEnrolment = await (await _api.Client.GetAsync($"/api/v1/programmes/{programme.Id}/candidates")).ShouldBeAsync<ProgrammeCandidatesDto>(HttpStatusCode.OK);
        afterEnrolment.Items.ShouldNotContain(c => c.IkmId == blocked.Id);

        await _programmes.MoveAsync(programme.Id, "start");
        (await _programmes.EnrolmentStepAsync(programme.Id, blocked.Id, "attendance", new JsonObject { ["attendancePercent"] = 95 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var completed = await (await _programmes.EnrolmentStepAsync(programme.Id, blocked.Id, "complete", ProgrammeTestData.Outcome("SNI", workforceAfter: 15)))
            .ShouldBeAsync<EnrolmentDto>(HttpStatusCode.OK);
        completed.Status.ShouldBe("Completed");
        completed.AttendancePercent.ShouldBe(95);
        completed.Certificate!.Type.ShouldBe("SNI");
        completed.WorkforceAfter.ShouldBe(15);
        var finished = await _programmes.MoveAsync(programme.Id, "complete");
        finished.History.Select(h => h.To).ShouldBe(["Planned", "OpenForEnrolment", "Running", "Completed"]);

        // The certificate entered the IKM's record as its claim; Disperindag verifies it.
        var claimed = await (await _api.Client.GetAsync($"/api/v1/ikms/{blocked.Id}")).Content.ReadAsStringAsync();
        var sni = JsonNode.Parse(claimed)!["certifications"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "SNI")!;
        sni["number"]!.GetValue<string>().ShouldBe("SNI-8052-014");
        sni["validUntil"]!.GetValue<string>().ShouldBe("2031-05-31");
        sni["verified"]!.GetValue<bool>().ShouldBeFalse();
        (await _api.Client.PostAsync($"/api/v1/ikms/{blocked.Id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = (await _api.MatchItemAsync(need.Id, blocked.Id))!.Value;
        after.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        after.GetProperty("unmet").GetArrayLength().ShouldBe(0);
        var matches = await (await _api.Client.GetAsync($"/api/v1/needs/{need.Id}/matches")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);
        matches.Items.Select(i => i.IkmId).ShouldContain(blocked.Id);

        var partnership = await _api.ProposeAsync(PartnershipTestData.Proposal(blocked.Id, needId: need.Id));
        await _api.MoveAsync(partnership.Id, "accept");
        await _api.MoveAsync(partnership.Id, "activate", PartnershipTestData.Activation(contractValue: 150_000_000));
        await _api.MoveAsync(partnership.Id, "complete", PartnershipTestData.Completion(jobsCreated: 3));

        var impact = await (await _api.Client.GetAsync($"/api/v1/reports/programmes/{programme.Id}")).ShouldBeAsync<ProgrammeImpactDto>(HttpStatusCode.OK);
        impact.Participants.ShouldBe(1);
        impact.Completed.ShouldBe(1);
        impact.CertificatesObtained.ShouldBe(1);
        impact.CertificatesByType.ShouldBe(new Dictionary<string, int> { ["SNI"] = 1 });
        impact.OpenNeedsUnlocked.ShouldBe(1);
        impact.OpenNeedsUnlockedBudget.ShouldBe(500_000_000);
        foreach (var window in new[] { impact.SixMonths!, impact.TwelveMonths! })
        {
            window.Closed.ShouldBeFalse();
            window.Participants.ShouldBe(new GroupOutcomeDto(1, 1, 1, 1, 150_000_000, 3, 1, 1m));
            window.Comparison.Ikm.ShouldBe(1); // the small IKM: same kecamatan and division, not enrolled
            window.Comparison.Accepted.ShouldBe(0);
        }

        impact.BudgetPerCertificate.ShouldBe(100_000_000);
        impact.BudgetPerPartnership.ShouldBe(100_000_000);
        impact.Summary.ShouldContain("1 of 1 participant completed");

        var report = await (await _api.Client.GetAsync("/api/v1/reports/programmes")).ShouldBeAsync<ProgrammesReportDto>(HttpStatusCode.OK);
        report.Items.Single(i => i.ProgrammeId == programme.Id).TwelveMonths!.Participants.Accepted.ShouldBe(1);
        report.PartnershipsAcceptedWithin12Months.ShouldBe(1);
        report.CertificatesObtained.ShouldBe(1);
        report.BudgetPerPartnership.ShouldBe(100_000_000);
    }
}
