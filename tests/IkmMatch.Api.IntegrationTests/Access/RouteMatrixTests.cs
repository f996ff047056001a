using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// Every route × every caller, with the status the role × operation matrix gives it. The industry key acts for X and
/// the ikm key for A, and each request targets their own records where the role has any right to them, so a 403 here
/// is the role's, not the record's (ObjectAccessTests cover other callers' records). Writes act on records made for
/// the one request.
/// </summary>
public sealed class RouteMatrixTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private delegate Task<HttpRequestMessage> Request(AccessWorld world);

    //                                                                    admin integration industry ikm
    private static readonly Dictionary<string, (Request Request, int[] Expected)> Routes = new(StringComparer.Ordinal)
    {
        ["CreateIkm"] = (_ => Json(HttpMethod.Post, "/api/v1/ikms", TestData.Ikm()), [201, 201, 403, 403]),
        ["ListIkms"] = (_ => Get("/api/v1/ikms"), [200, 200, 200, 200]),
        ["GetIkm"] = (w => Get($"/api/v1/ikms/{w.IkmA.Id}"), [200, 200, 200, 200]),
        ["UpdateIkm"] = (w => Json(HttpMethod.Put, $"/api/v1/ikms/{w.IkmA.Id}", TestData.Ikm(nib: w.IkmA.Nib, name: w.IkmA.Name)), [200, 200, 403, 200]),
        ["ArchiveIkm"] = (async w => Send(HttpMethod.Delete, $"/api/v1/ikms/{(await w.Admin.CreateIkmAsync()).Id}"), [204, 403, 403, 403]),
        ["VerifyIkm"] = (async w => Send(HttpMethod.Post, $"/api/v1/ikms/{(await w.Admin.CreateIkmAsync()).Id}/verify"), [200, 403, 403, 403]),
        ["GetIkmOpportunities"] = (w => Get($"/api/v1/ikms/{w.IkmA.Id}/opportunities"), [200, 200, 403, 200]),
        ["ListIkmAlerts"] = (w => Get($"/api/v1/ikms/{w.IkmA.Id}/alerts"), [200, 200, 403, 200]),
        // No alert of A exists here: the roles that may mark one read reach the handler and find none (404).
        ["ReadIkmAlert"] = (w => Task.FromResult(Send(HttpMethod.Post, $"/api/v1/ikms/{w.IkmA.Id}/alerts/{Guid.NewGuid()}/read")), [404, 403, 403, 404]),

        ["SyncIkm"] = (_ => SyncIkm(), [201, 201, 403, 403]),
        ["ImportIkms"] = (_ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/ikms/import")
        {
            Content = new StringContent(TestData.Ikm().ToJsonString() + "\n", Encoding.UTF8, "application/x-ndjson"),
        }), [200, 200, 403, 403]),
        ["ExportIkms"] = (_ => Get("/api/v1/ikms/export?q=tidak-ada"), [200, 200, 403, 403]),

        ["CreateIndustry"] = (_ => Json(HttpMethod.Post, "/api/v1/industries", TestData.Industry()), [201, 201, 403, 403]),
        ["ListIndustries"] = (_ => Get("/api/v1/industries"), [200, 200, 200, 403]),
        ["GetIndustry"] = (w => Get($"/api/v1/industries/{w.IndustryX.Id}"), [200, 200, 200, 403]),
        ["UpdateIndustry"] = (w => Json(HttpMethod.Put, $"/api/v1/industries/{w.IndustryX.Id}", TestData.Industry(nib: w.IndustryX.Nib, kecamatan: "Citangkil")), [200, 200, 200, 403]),
        ["ArchiveIndustry"] = (async w => Send(HttpMethod.Delete, $"/api/v1/industries/{(await w.Admin.CreateIndustryAsync()).Id}"), [204, 403, 403, 403]),
        ["SyncIndustry"] = (_ => SyncIndustry(), [201, 201, 403, 403]),

        ["CreateNeed"] = (w => Json(HttpMethod.Post, "/api/v1/needs", NeedTestData.Need(w.IndustryX.Id)), [201, 403, 201, 403]),
        ["ListNeeds"] = (_ => Get("/api/v1/needs"), [200, 200, 200, 200]),
        ["GetNeed"] = (w => Get($"/api/v1/needs/{w.NeedX.Id}"), [200, 200, 200, 200]),
        ["UpdateNeed"] = (async w => await Json(HttpMethod.Put, $"/api/v1/needs/{(await w.Admin.CreateNeedAsync(w.IndustryX.Id)).Id}", NeedTestData.Need(w.IndustryX.Id, title: "Rak gudang, revisi")), [200, 403, 200, 403]),
        ["CloseNeed"] = (async w => Send(HttpMethod.Post, $"/api/v1/needs/{(await w.Admin.CreateNeedAsync(w.IndustryX.Id)).Id}/close"), [200, 403, 200, 403]),
        ["CancelNeed"] = (async w => Send(HttpMethod.Post, $"/api/v1/needs/{(await w.Admin.CreateNeedAsync(w.IndustryX.Id)).Id}/cancel"), [200, 403, 200, 403]),
        ["GetNeedMatches"] = (w => Get($"/api/v1/needs/{w.NeedX.Id}/matches"), [200, 200, 200, 403]),

        ["ProposePartnership"] = (async w =>
        {
            await w.EndDirectPartnershipsOfXAndAAsync();
            return await Json(HttpMethod.Post, "/api/v1/partnerships", PartnershipTestData.Proposal(w.IkmA.Id, industryId: w.IndustryX.Id));
        }, [201, 403, 201, 403]),
        ["ListPartnerships"] = (_ => Get("/api/v1/partnerships"), [200, 200, 200, 200]),
        ["GetPartnership"] = (w => Get($"/api/v1/partnerships/{w.PartnershipXA.Id}"), [200, 200, 200, 200]),
        ["AcceptPartnership"] = (w => Transition(w, "Proposed", "accept"), [200, 403, 403, 200]),
        ["RejectPartnership"] = (w => Transition(w, "Proposed", "reject"), [200, 403, 403, 200]),
        ["WithdrawPartnership"] = (w => Transition(w, "Proposed", "withdraw"), [200, 403, 200, 403]),
        ["ActivatePartnership"] = (w => Transition(w, "Accepted", "activate"), [200, 403, 200, 403]),
        ["CompletePartnership"] = (w => Transition(w, "Active", "complete"), [200, 403, 200, 403]),
        ["TerminatePartnership"] = (w => Transition(w, "Active", "terminate"), [200, 403, 200, 403]),

        ["CreateProgramme"] = (w => Json(HttpMethod.Post, "/api/v1/programmes", ProgrammeTestData.Programme(organiserIndustryId: w.IndustryX.Id)), [201, 403, 201, 403]),
        ["ListProgrammes"] = (_ => Get("/api/v1/programmes"), [200, 200, 200, 200]),
        ["GetProgramme"] = (async w => await Get($"/api/v1/programmes/{(await w.ProgrammeOfXAsync("OpenForEnrolment")).Id}"), [200, 200, 200, 200]),
        ["UpdateProgramme"] = (async w => await Json(HttpMethod.Put, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Planned")).Id}", ProgrammeTestData.Programme(organiserIndustryId: w.IndustryX.Id, seats: 12)), [200, 403, 200, 403]),
        ["OpenProgramme"] = (async w => Send(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Planned")).Id}/open"), [200, 403, 200, 403]),
        ["StartProgramme"] = (async w => Send(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("OpenForEnrolment")).Id}/start"), [200, 403, 200, 403]),
        ["CompleteProgramme"] = (async w => Send(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Running")).Id}/complete"), [200, 403, 200, 403]),
        ["CancelProgramme"] = (async w => await Json(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Planned")).Id}/cancel", new JsonObject { ["reason"] = "anggaran dialihkan" }), [200, 403, 200, 403]),
        ["GetProgrammeCandidates"] = (async w => await Get($"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Planned")).Id}/candidates"), [200, 200, 200, 403]),
        ["EnrolInProgramme"] = (async w => await Json(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("OpenForEnrolment")).Id}/enrolments", new JsonObject { ["ikmId"] = w.IkmA.Id.ToString() }), [201, 403, 201, 201]),
        ["ListProgrammeEnrolments"] = (async w => await Get($"/api/v1/programmes/{(await w.ProgrammeOfXAsync("OpenForEnrolment", enrolA: true)).Id}/enrolments"), [200, 200, 200, 200]),
        ["RecordProgrammeAttendance"] = (async w => await Json(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Running", enrolA: true)).Id}/enrolments/{w.IkmA.Id}/attendance", new JsonObject { ["attendancePercent"] = 90 }), [200, 403, 200, 403]),
        ["CompleteProgrammeEnrolment"] = (async w => await Json(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("Running", enrolA: true)).Id}/enrolments/{w.IkmA.Id}/complete", ProgrammeTestData.Outcome(certificate: null)), [200, 403, 200, 403]),
        ["WithdrawProgrammeEnrolment"] = (async w => Send(HttpMethod.Post, $"/api/v1/programmes/{(await w.ProgrammeOfXAsync("OpenForEnrolment", enrolA: true)).Id}/enrolments/{w.IkmA.Id}/withdraw"), [200, 403, 200, 200]),
        ["GetIkmUnlocks"] = (w => Get($"/api/v1/ikms/{w.IkmA.Id}/unlocks?certification=SNI"), [200, 200, 403, 200]),

        ["GetSummaryReport"] = (_ => Get("/api/v1/reports/summary"), [200, 200, 403, 403]),
        ["GetProgrammesReport"] = (_ => Get("/api/v1/reports/programmes"), [200, 200, 403, 403]),
        ["GetProgrammeReport"] = (async w => await Get($"/api/v1/reports/programmes/{(await w.ProgrammeOfXAsync("Planned")).Id}"), [200, 200, 403, 403]),
        ["GetCapabilityGapsReport"] = (_ => Get("/api/v1/reports/capability-gaps"), [200, 200, 403, 403]),

        ["IssueApiKey"] = (_ => Json(HttpMethod.Post, "/api/v1/api-keys", new JsonObject { ["name"] = $"kunci-{Guid.NewGuid():N}", ["role"] = "integration" }), [201, 403, 403, 403]),
        ["ListApiKeys"] = (_ => Get("/api/v1/api-keys"), [200, 403, 403, 403]),
        ["ListOcdsReleases"] = (_ => Get("/api/v1/ocds/releases?pageSize=1"), [200, 200, 403, 403]),
        ["GetOcdsRecord"] = (w => Get($"/api/v1/ocds/records/{w.NeedX.Id}"), [200, 200, 403, 403]),
        ["CreateWebhook"] = (_ => Json(HttpMethod.Post, "/api/v1/webhooks", Subscription()), [201, 201, 403, 403]),
        ["ListWebhooks"] = (_ => Get("/api/v1/webhooks"), [200, 200, 403, 403]),
        ["GetWebhook"] = (async w => Send(HttpMethod.Get, $"/api/v1/webhooks/{await NewWebhookAsync(w)}"), [200, 200, 403, 403]),
        ["DeleteWebhook"] = (async w => Send(HttpMethod.Delete, $"/api/v1/webhooks/{await NewWebhookAsync(w)}"), [204, 204, 403, 403]),
        ["RotateWebhookSecret"] = (async w => Send(HttpMethod.Post, $"/api/v1/webhooks/{await NewWebhookAsync(w)}/rotate-secret"), [200, 200, 403, 403]),
        ["PingWebhook"] = (async w => Send(HttpMethod.Post, $"/api/v1/webhooks/{await NewWebhookAsync(w)}/ping"), [202, 202, 403, 403]),
        ["ListWebhookDeliveries"] = (async w => Send(HttpMethod.Get, $"/api/v1/webhooks/{await NewWebhookAsync(w)}/deliveries"), [200, 200, 403, 403]),
        ["RedeliverWebhook"] = (async w =>
        {
            var id = await NewWebhookAsync(w);
            var delivery = (await (await w.Admin.Client.PostAsync($"/api/v1/webhooks/{id}/ping", null)).ShouldBeAsync<JsonObject>(System.Net.HttpStatusCode.Accepted))["id"]!.GetValue<Guid>();
            return Send(HttpMethod.Post, $"/api/v1/webhooks/{id}/deliveries/{delivery}/redeliver");
        }, [202, 202, 403, 403]),
        ["ListChanges"] = (_ => Get("/api/v1/changes?limit=1"), [200, 200, 200, 200]),
        ["RevokeApiKey"] = (async w => Send(HttpMethod.Delete, $"/api/v1/api-keys/{await NewKeyIdAsync(w)}"), [204, 403, 403, 403]),
    };

    [Fact]
    public void Routes_CoverEveryOperationOfTheMatrix()
    {
        // Every use case is called here as an IKM and as an industry: one whose handler forgot its ownership check is
        // refused by the pipeline (AccessChecks.ExpectRecordCheck) and fails below with a 500 instead of its answer.
        Routes.Keys.Order(StringComparer.Ordinal).ShouldBe(Enum.GetNames<IkmMatch.Application.Access.Operation>().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, Caller, int> Cases()
    {
        var cases = new TheoryData<string, Caller, int>();
        foreach (var (operation, (_, expected)) in Routes)
        {
            cases.Add(operation, Caller.Anonymous, 401);
            cases.Add(operation, Caller.Admin, expected[0]);
            cases.Add(operation, Caller.Integration, expected[1]);
            cases.Add(operation, Caller.Industry, expected[2]);
            cases.Add(operation, Caller.Ikm, expected[3]);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_AsCaller_AnswersWhatTheMatrixSays(string operation, Caller caller, int expected)
    {
        using var request = await Routes[operation].Request(world);
        using var client = world.Client(caller);

        var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(expected, $"{operation} as {caller}: {body}");
        if (expected >= 400)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            body.ShouldContain("traceId");
        }

        if (expected == 401)
        {
            response.Headers.WwwAuthenticate.ShouldNotBeEmpty();
        }
    }

    [Theory]
    [InlineData(Caller.Ikm, "/api/v1/api-keys")]
    [InlineData(Caller.Industry, "/api/v1/ikms")]
    [InlineData(Caller.Integration, "/api/v1/needs")]
    public async Task Route_NotForTheRole_Is403EvenWithAMalformedBody(Caller caller, string url)
    {
        // The role is checked before the body is read: a caller learns nothing about a route it may not use.
        using var client = world.Client(caller);

        var response = await client.PostAsync(url, new StringContent("{ not json", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public void Routes_CoverEveryOperationOfTheOpenApiDocument()
    {
        // The table above must name every operation the API has: a route added without a row here would go untested.
        var operations = typeof(IkmMatch.Application.Access.Operation).GetEnumNames();
        Routes.Keys.Order(StringComparer.Ordinal).ShouldBe(operations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_NamesExactlyTheOperationsOfTheMatrix()
    {
        var document = JsonNode.Parse(await world.Factory.CreateAnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operationIds = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!["operationId"]!.GetValue<string>()))
            .Order(StringComparer.Ordinal)
            .ToList();

        operationIds.ShouldBe(Routes.Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static JsonObject Subscription() => new() { ["url"] = "http://127.0.0.1:9/hook", ["eventTypes"] = new JsonArray("ikm.created") };

    private static async Task<Guid> NewWebhookAsync(AccessWorld world) =>
        (await (await world.Admin.Client.PostJsonAsync("/api/v1/webhooks", Subscription())).ShouldBeAsync<JsonObject>(System.Net.HttpStatusCode.Created))["webhook"]!["id"]!.GetValue<Guid>();

    private static Task<HttpRequestMessage> SyncIkm()
    {
        var nib = TestData.NewNib();
        return Json(HttpMethod.Put, $"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib));
    }

    private static Task<HttpRequestMessage> SyncIndustry()
    {
        var nib = TestData.NewNib();
        return Json(HttpMethod.Put, $"/api/v1/industries/by-nib/{nib}", TestData.Industry(nib: nib));
    }

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage Send(HttpMethod method, string url) => new(method, url);

    private static Task<HttpRequestMessage> Json(HttpMethod method, string url, JsonNode body) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") });

    private static async Task<HttpRequestMessage> Transition(AccessWorld world, string from, string action)
    {
        var partnership = await world.PartnershipOfXAndAAsync(from);
        return await Json(HttpMethod.Post, $"/api/v1/partnerships/{partnership.Id}/{action}", PartnershipTestData.ValidBody(action));
    }

    private static async Task<Guid> NewKeyIdAsync(AccessWorld world) =>
        (await AuthTestKeys.IssueAsync(world.Admin.Client, "integration")).Id;
}
