using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Programmes;

/// <summary>
/// Programmes through HTTP: validation (400), unknown records (404), steps and enrolments their states refuse (409),
/// If-Match (412), seats under concurrent enrolments, and what industries and IKM may do with them (403).
/// </summary>
public sealed class ProgrammeEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly PartnershipApi _api = new(factory.CreateClient());
    private readonly ProgrammeApi _programmes = new(factory.CreateClient());

    private HttpClient Client => _programmes.Client;

    [Fact]
    public async Task Create_ValidBody_Returns201PlannedWithHistoryETagAndLocation()
    {
        var response = await Client.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme(kind: "training", certifications: [], topics: ["manajemen keuangan"]));

        var programme = await response.ShouldBeAsync<ProgrammeDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/programmes/{programme.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        programme.Kind.ShouldBe("training");
        programme.Status.ShouldBe("Planned");
        programme.SeatsTaken.ShouldBe(0);
        programme.History.Single().To.ShouldBe("Planned");
        programme.CreatedBy.ShouldBe("bootstrap-admin");
    }

    [Fact]
    public async Task OpenApiExamples_ProgrammeAndOutcome_AreAcceptedByTheApi()
    {
        var schemas = JsonNode.Parse(await factory.CreateAnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!["components"]!["schemas"]!;
        var example = schemas["ProgrammeRequest"]!["example"]!.DeepClone();

        var programme = await (await Client.PostJsonAsync("/api/v1/programmes", example)).ShouldBeAsync<ProgrammeDto>(HttpStatusCode.Created);
        await _programmes.MoveAsync(programme.Id, "open");
        var ikm = await _api.CreateIkmAsync();
        (await _programmes.EnrolAsync(programme.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await _programmes.MoveAsync(programme.Id, "start");
        var outcome = schemas["EnrolmentOutcomeRequest"]!["example"]!.DeepClone();

        var completed = await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", outcome);

        (await completed.ShouldBeAsync<EnrolmentDto>(HttpStatusCode.OK)).Certificate!.Type.ShouldBe("SNI");
        programme.Kind.ShouldBe("certificationFacilitation");
    }

    [Theory]
    [InlineData("title", "\"\"")]
    [InlineData("seats", "0")]
    [InlineData("seats", "1001")]
    [InlineData("budget", "-1")]
    [InlineData("kbliDivisions[0]", "[\"2\"]")]
    [InlineData("topics[0]", "[\"\"]")]
    [InlineData("endDate", "\"2020-01-01\"")]
    public async Task Create_InvalidField_Returns400NamingIt(string field, string raw)
    {
        var body = ProgrammeTestData.Programme();
        body[field.Split('[')[0]] = JsonNode.Parse(raw);

        var response = await Client.PostJsonAsync("/api/v1/programmes", body);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Create_AddressingNothing_Returns400()
    {
        var response = await Client.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme(certifications: [], kbliDivisions: [], topics: []));

        (await response.ShouldBeValidationProblemAsync("certifications")).Single().ShouldContain("at least one");
    }

    [Fact]
    public async Task Create_UnknownKind_Returns400NamingTheAllowedValues()
    {
        var body = ProgrammeTestData.Programme();
        body["kind"] = "coaching";

        var response = await Client.PostJsonAsync("/api/v1/programmes", body);

        (await response.ShouldBeValidationProblemAsync("kind")).Single().ShouldContain("certificationFacilitation");
    }

    [Fact]
    public async Task Create_UnknownOrganiser_Returns400_ArchivedOrganiser_Returns409()
    {
        var unknown = await Client.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme(organiserIndustryId: Guid.NewGuid()));
        await unknown.ShouldBeValidationProblemAsync("organiserIndustryId");

        var industry = await _api.CreateIndustryAsync();
        (await Client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var archived = await Client.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme(organiserIndustryId: industry.Id));
        await archived.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UnknownProgramme_Returns404OnEveryRoute()
    {
        var id = Guid.NewGuid();
        (await Client.GetAsync($"/api/v1/programmes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/programmes/{id}/candidates")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/programmes/{id}/enrolments")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _programmes.StepAsync(id, "open")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _programmes.EnrolAsync(id, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await Client.GetAsync($"/api/v1/reports/programmes/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Step_StatusDoesNotAllowIt_Returns409NamingStatusAndAllowedActions()
    {
        var programme = await _programmes.CreateAsync();

        var problem = await (await _programmes.StepAsync(programme.Id, "start")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("title").GetString().ShouldBe("Transition not allowed");
        problem.GetProperty("currentStatus").GetString().ShouldBe("Planned");
        problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["open", "cancel"]);

        await _programmes.MoveAsync(programme.Id, "cancel");
        var final = await (await _programmes.StepAsync(programme.Id, "open")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        final.GetProperty("allowedActions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Cancel_WithoutReason_Returns400()
    {
        var programme = await _programmes.CreateAsync();

        var response = await _programmes.StepAsync(programme.Id, "cancel", new JsonObject { ["reason"] = " " });

        await response.ShouldBeValidationProblemAsync("reason");
    }

    [Fact]
    public async Task Step_StaleIfMatch_Returns412_CurrentIfMatch_Succeeds()
    {
        var programme = await _programmes.CreateAsync();

        await (await _programmes.StepAsync(programme.Id, "open", ifMatch: "\"7\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var opened = await _programmes.StepAsync(programme.Id, "open", ifMatch: "\"1\"");

        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        opened.Headers.ETag!.Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task Update_PlannedProgramme_ReplacesIt_RunningOne_Returns409_OtherOrganiser_Returns409()
    {
        var programme = await _programmes.CreateAsync();
        var changed = ProgrammeTestData.Programme(title: "Fasilitasi SNI, gelombang 2", seats: 12);

        var updated = await (await Client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/programmes/{programme.Id}", changed, "\"1\"")))
            .ShouldBeAsync<ProgrammeDto>(HttpStatusCode.OK);
        updated.Title.ShouldBe("Fasilitasi SNI, gelombang 2");
        updated.Seats.ShouldBe(12);

        var industry = await _api.CreateIndustryAsync();
        var moved = ProgrammeTestData.Programme(organiserIndustryId: industry.Id);
        await (await Client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/programmes/{programme.Id}", moved))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await _programmes.MoveAsync(programme.Id, "open");
        await _programmes.MoveAsync(programme.Id, "start");
        await (await Client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/programmes/{programme.Id}", changed))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_SeatsBelowThoseTaken_Returns409()
    {
        var programme = await _programmes.OpenAsync(ProgrammeTestData.Programme(seats: 3));
        for (var i = 0; i < 2; i++)
        {
            (await _programmes.EnrolAsync(programme.Id, (await _api.CreateIkmAsync()).Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var response = await Client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/programmes/{programme.Id}", ProgrammeTestData.Programme(seats: 1)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("2 seats are taken");
    }

    [Fact]
    public async Task Enrol_ProgrammeNotOpen_Twice_UnknownIkm_Returns409_409_400()
    {
        var ikm = await _api.CreateIkmAsync();
        var planned = await _programmes.CreateAsync();
        await (await _programmes.EnrolAsync(planned.Id, ikm.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var open = await _programmes.OpenAsync();
        (await _programmes.EnrolAsync(open.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await _programmes.EnrolAsync(open.Id, ikm.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("enrolled");
        await (await _programmes.EnrolAsync(open.Id, Guid.NewGuid())).ShouldBeValidationProblemAsync("ikmId");
    }

    [Fact]
    public async Task Withdraw_FreesTheSeat_AndTheIkmMayComeBack()
    {
        var programme = await _programmes.OpenAsync(ProgrammeTestData.Programme(seats: 1));
        var first = await _api.CreateIkmAsync();
        var second = await _api.CreateIkmAsync();
        (await _programmes.EnrolAsync(programme.Id, first.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await _programmes.EnrolAsync(programme.Id, second.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var withdrawn = await (await _programmes.EnrolmentStepAsync(programme.Id, first.Id, "withdraw", new JsonObject { ["reason"] = "jadwal bentrok" }))
            .ShouldBeAsync<EnrolmentDto>(HttpStatusCode.OK);
        withdrawn.Status.ShouldBe("Withdrawn");
        (await _programmes.EnrolAsync(programme.Id, second.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await _programmes.EnrolAsync(programme.Id, first.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict); // full again
        (await _programmes.GetAsync(programme.Id)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task EnrolmentSteps_BeforeTheProgrammeRuns_OrForOneNotEnrolled_Return409()
    {
        var programme = await _programmes.OpenAsync();
        var ikm = await _api.CreateIkmAsync();
        (await _programmes.EnrolAsync(programme.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", ProgrammeTestData.Outcome())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await _programmes.MoveAsync(programme.Id, "start");
        await (await _programmes.EnrolmentStepAsync(programme.Id, Guid.NewGuid(), "attendance", new JsonObject { ["attendancePercent"] = 50 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "attendance", new JsonObject { ["attendancePercent"] = 101 }))
            .ShouldBeValidationProblemAsync("attendancePercent");
        await (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", ProgrammeTestData.Outcome(workforceAfter: -1)))
            .ShouldBeValidationProblemAsync("workforceAfter");
        (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", ProgrammeTestData.Outcome(certificate: null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", ProgrammeTestData.Outcome())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EnrolmentStep_StaleIfMatch_Returns412()
    {
        var programme = await _programmes.OpenAsync();
        var ikm = await _api.CreateIkmAsync();
        (await _programmes.EnrolAsync(programme.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await _programmes.MoveAsync(programme.Id, "start");

        var response = await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "attendance", new JsonObject { ["attendancePercent"] = 80 }, ifMatch: "\"2\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Enrol_ParallelForTheLastSeats_ExactlyTheSeatsAreTaken()
    {
        const int seats = 3;
        var programme = await _programmes.OpenAsync(ProgrammeTestData.Programme(seats: seats));
        var ikms = new List<IkmDto>();
        for (var i = 0; i < 8; i++)
        {
            ikms.Add(await _api.CreateIkmAsync());
        }

        var responses = await Task.WhenAll(ikms.Select(async ikm =>
        {
            using var client = factory.CreateClient();
            return await new ProgrammeApi(client).EnrolAsync(programme.Id, ikm.Id);
        }));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(seats);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(ikms.Count - seats);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("full");
        }

        (await _programmes.GetAsync(programme.Id)).SeatsTaken.ShouldBe(seats);
        var enrolments = await (await Client.GetAsync($"/api/v1/programmes/{programme.Id}/enrolments")).ShouldBeAsync<PageDto<EnrolmentDto>>(HttpStatusCode.OK);
        enrolments.TotalCount.ShouldBe(seats);
    }

    [Fact]
    public async Task Unlocks_WithoutCertification_Returns400_UnknownIkm_Returns404()
    {
        var ikm = await _api.CreateIkmAsync();

        await (await Client.GetAsync($"/api/v1/ikms/{ikm.Id}/unlocks")).ShouldBeValidationProblemAsync("certification");
        await (await Client.GetAsync($"/api/v1/ikms/{ikm.Id}/unlocks?certification=Nope")).ShouldBeValidationProblemAsync("certification");
        await (await Client.GetAsync($"/api/v1/ikms/{Guid.NewGuid()}/unlocks?certification=SNI")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var holds = await (await Client.GetAsync($"/api/v1/ikms/{ikm.Id}/unlocks?certification=ISO9001")).ShouldBeAsync<UnlocksDto>(HttpStatusCode.OK);
        holds.AlreadyHolds.ShouldBeTrue();
        holds.NeedsUnlocked.ShouldBe(0);
    }

    [Fact]
    public async Task Industry_RunsItsOwnProgrammes_SeesParticipants_NotOthersProgrammes()
    {
        var industry = await _api.CreateIndustryAsync();
        var other = await _api.CreateIndustryAsync();
        var key = (await AuthTestKeys.IssueAsync(Client, "industry", industryId: industry.Id)).Key;
        using var asIndustry = factory.CreateClient(key);
        var runner = new ProgrammeApi(asIndustry);

        await (await asIndustry.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme(organiserIndustryId: other.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await asIndustry.PostJsonAsync("/api/v1/programmes", ProgrammeTestData.Programme())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var own = await runner.OpenAsync(ProgrammeTestData.Programme(kind: "mentoring", title: "Sertifikasi juru las 3G", organiserIndustryId: industry.Id, certifications: ["WelderCompetency"]));
        var ikm = await _api.CreateIkmAsync();
        (await runner.EnrolAsync(own.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var participants = await (await asIndustry.GetAsync($"/api/v1/programmes/{own.Id}/enrolments")).Content.ReadAsStringAsync();
        participants.ShouldContain(ikm.Name);
        participants.ShouldNotContain("siti@contoh.id");

        var disperindag = await _programmes.OpenAsync();
        await (await asIndustry.GetAsync($"/api/v1/programmes/{disperindag.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await runner.StepAsync(disperindag.Id, "start")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await runner.EnrolAsync(disperindag.Id, ikm.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var listed = await (await asIndustry.GetAsync("/api/v1/programmes?pageSize=100")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);
        listed.Items.ShouldAllBe(p => p.OrganiserIndustryId == industry.Id);
        await (await asIndustry.GetAsync("/api/v1/reports/programmes")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ikm_AppliesItself_SeesOpenProgrammesForItsGapsAndOnlyItsOwnEnrolment()
    {
        var ikm = await _api.CreateIkmAsync(); // KBLI 25111, holds ISO9001
        var otherIkm = await _api.CreateIkmAsync();
        var key = (await AuthTestKeys.IssueAsync(Client, "ikm", ikmId: ikm.Id)).Key;
        using var asIkm = factory.CreateClient(key);
        var applicant = new ProgrammeApi(asIkm);
        var forItsGap = await _programmes.OpenAsync(ProgrammeTestData.Programme(title: "SNI untuk fabrikasi"));
        var heldAlready = await _programmes.OpenAsync(ProgrammeTestData.Programme(title: "ISO 9001 untuk fabrikasi", certifications: ["ISO9001"]));
        var otherDivision = await _programmes.OpenAsync(ProgrammeTestData.Programme(title: "Halal untuk pangan", certifications: ["Halal"], kbliDivisions: ["10"]));
        var planned = await _programmes.CreateAsync(ProgrammeTestData.Programme(title: "SNI gelombang berikut"));

        var listed = await (await asIkm.GetAsync("/api/v1/programmes?pageSize=100")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);
        listed.Items.Select(p => p.Id).ShouldContain(forItsGap.Id);
        listed.Items.Select(p => p.Id).ShouldNotContain(heldAlready.Id);
        listed.Items.Select(p => p.Id).ShouldNotContain(otherDivision.Id);
        listed.Items.Select(p => p.Id).ShouldNotContain(planned.Id);
        await (await asIkm.GetAsync($"/api/v1/programmes/{planned.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await applicant.EnrolAsync(forItsGap.Id, otherIkm.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var applied = await (await applicant.EnrolAsync(forItsGap.Id, ikm.Id)).ShouldBeAsync<EnrolmentDto>(HttpStatusCode.Created);
        applied.Applied.ShouldBeTrue();
        (await _programmes.EnrolAsync(forItsGap.Id, otherIkm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var mine = await (await asIkm.GetAsync($"/api/v1/programmes/{forItsGap.Id}/enrolments")).ShouldBeAsync<PageDto<EnrolmentDto>>(HttpStatusCode.OK);
        mine.Items.Select(e => e.IkmId).ShouldBe([ikm.Id]);

        await _programmes.MoveAsync(forItsGap.Id, "start");
        (await asIkm.GetAsync($"/api/v1/programmes/{forItsGap.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK); // it takes part
        var enrolled = await (await asIkm.GetAsync($"/api/v1/programmes?ikmId={ikm.Id}")).ShouldBeAsync<PageDto<ProgrammeDto>>(HttpStatusCode.OK);
        enrolled.Items.Select(p => p.Id).ShouldBe([forItsGap.Id]);
        await (await asIkm.GetAsync($"/api/v1/programmes?ikmId={otherIkm.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await asIkm.GetAsync($"/api/v1/programmes/{forItsGap.Id}/candidates")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await applicant.EnrolmentStepAsync(forItsGap.Id, ikm.Id, "complete", ProgrammeTestData.Outcome())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await asIkm.GetAsync($"/api/v1/ikms/{otherIkm.Id}/unlocks?certification=SNI")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await asIkm.GetAsync($"/api/v1/ikms/{ikm.Id}/unlocks?certification=SNI")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CompleteEnrolment_CertificateForAnIkmAtItsLimit_Returns409AndRecordsNothing()
    {
        var certifications = new JsonArray([.. Enumerable.Range(0, 20).Select(i => (JsonNode?)TestData.Certification(validUntil: $"20{30 + (i % 9)}-0{1 + (i % 9)}-1{i % 10}"))]);
        var ikm = await _api.CreateIkmAsync(TestData.Ikm(certifications: certifications));
        var programme = await _programmes.OpenAsync();
        (await _programmes.EnrolAsync(programme.Id, ikm.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await _programmes.MoveAsync(programme.Id, "start");

        await (await _programmes.EnrolmentStepAsync(programme.Id, ikm.Id, "complete", ProgrammeTestData.Outcome())).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var enrolments = await (await Client.GetAsync($"/api/v1/programmes/{programme.Id}/enrolments")).ShouldBeAsync<PageDto<EnrolmentDto>>(HttpStatusCode.OK);
        enrolments.Items.Single().Status.ShouldBe("Enrolled");
    }
}
