using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Infrastructure.Seeding;

namespace IkmMatch.Api.IntegrationTests.Programmes;

/// <summary>The demo's year of development programmes, read through HTTP after <c>--seed demo</c>.</summary>
public sealed class DemoProgrammesTests(DemoProgrammesTests.Demo demo) : IClassFixture<DemoProgrammesTests.Demo>
{
    public sealed class Demo : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            await Factory.Services.SeedDemoAsync();
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private readonly HttpClient _client = demo.Factory.CreateClient();

    [Fact]
    public async Task Demo_HasAYearOfProgrammesOfEveryKindTheDepartmentRuns()
    {
        var programmes = await (await _client.GetAsync("/api/v1/programmes?pageSize=100")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);

        programmes.TotalCount.ShouldBe(8);
        programmes.Items.Select(p => p.Status).Distinct().Order().ShouldBe(["Completed", "OpenForEnrolment", "Planned", "Running"]);
        programmes.Items.Select(p => p.Kind).Distinct().Order().ShouldBe(["businessMatching", "certificationFacilitation", "machineRestructuring", "training"]);
        programmes.Items.ShouldContain(p => p.Certifications.Contains("SNI") && p.KbliDivisions.Contains("25"));
        programmes.Items.ShouldContain(p => p.Certifications.Contains("Halal") && p.KbliDivisions.Contains("10"));
        programmes.Items.ShouldContain(p => p.Certifications.Contains("WelderCompetency") && p.OrganiserIndustryId != null);
        programmes.Items.ShouldAllBe(p => p.SeatsTaken <= p.Seats);
    }

    [Fact]
    public async Task DemoImpactReport_CountsCertificatesUnlockedNeedsAndPartnershipsBesideTheComparison()
    {
        var report = await (await _client.GetAsync("/api/v1/reports/programmes")).ShouldBeAsync<ProgrammesReportDto>(HttpStatusCode.OK);

        report.Programmes.ShouldBe(8);
        report.CertificatesObtained.ShouldBeGreaterThan(0);
        report.OpenNeedsUnlocked.ShouldBeGreaterThan(0);
        report.PartnershipsAcceptedWithin12Months.ShouldBeGreaterThan(0);
        report.BudgetPerCertificate.ShouldBe(report.Budget / report.CertificatesObtained);
        var completed = report.Items.Where(i => i.Status == "Completed").ToList();
        completed.Count.ShouldBe(5);
        completed.ShouldAllBe(i => i.TwelveMonths != null && i.TwelveMonths.Comparison.Ikm > 0);
        completed.Sum(i => i.TwelveMonths!.Participants.Accepted).ShouldBe(report.PartnershipsAcceptedWithin12Months);
        var sni = completed.Single(i => i.Title.Contains("SNI", StringComparison.Ordinal));
        sni.OpenNeedsUnlocked.ShouldBeGreaterThan(0);
        sni.TwelveMonths!.Participants.AcceptedPerIkm.ShouldBeGreaterThan(sni.TwelveMonths.Comparison.AcceptedPerIkm);
        report.Items.Where(i => i.Status != "Completed").ShouldAllBe(i => i.TwelveMonths == null && i.CertificatesObtained == 0);
    }

    [Fact]
    public async Task DemoOutcomes_CertificatesObtainedAreOnTheIkmRecords()
    {
        var programmes = await (await _client.GetAsync("/api/v1/programmes?status=Completed&pageSize=100")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);
        var checkedCertificates = 0;
        foreach (var programme in programmes.Items.Where(p => p.Certifications.Count > 0))
        {
            var enrolments = await (await _client.GetAsync($"/api/v1/programmes/{programme.Id}/enrolments?status=Completed&pageSize=100"))
                .ShouldBeAsync<PageDto<EnrolmentDto>>(HttpStatusCode.OK);
            foreach (var enrolment in enrolments.Items.Where(e => e.Certificate is not null))
            {
                var ikm = JsonNode.Parse(await _client.GetStringAsync($"/api/v1/ikms/{enrolment.IkmId}"))!;
                ikm["certifications"]!.AsArray().ShouldContain(c => c!["number"]!.GetValue<string>() == enrolment.Certificate!.Number);
                checkedCertificates++;
            }
        }

        checkedCertificates.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SeedingAgain_AddsNoProgramme()
    {
        await demo.Factory.Services.SeedDemoAsync();

        var programmes = await (await _client.GetAsync("/api/v1/programmes?pageSize=100")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);
        programmes.TotalCount.ShouldBe(8);
    }
}
