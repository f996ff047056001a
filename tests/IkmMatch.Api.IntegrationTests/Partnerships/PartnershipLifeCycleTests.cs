using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Partnerships;

/// <summary>
/// Partnerships through HTTP: proposal (from a need with the match of the moment, or directly), the life cycle and
/// its history, the 400/404/409/412 answers, the one-running-partnership rule, and the list.
/// </summary>
public sealed class PartnershipLifeCycleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Actor = "bootstrap-admin"; // the name the configured admin key acts under

    private readonly PartnershipApi _api = new(factory.CreateClient());

    private HttpClient Client => _api.Client;

    /// <summary>An industry in Citangkil, an open need of it (KBLI 25111, 10 ton) and an eligible IKM in Ciwandan.</summary>
    private async Task<(IndustryDto Industry, NeedDto Need, IkmDto Ikm)> NeedAndIkmAsync(JsonObject? needBody = null, JsonObject? ikmBody = null)
    {
        var industry = await _api.CreateIndustryAsync();
        if (needBody is not null)
        {
            needBody["industryId"] = industry.Id.ToString();
        }

        var need = await _api.CreateNeedAsync(needBody ?? NeedTestData.Need(industry.Id));
        var ikm = await _api.CreateIkmAsync(ikmBody);
        return (industry, need, ikm);
    }

    private static void ShouldBeSameJson(JsonElement actual, JsonElement expected, string what) =>
        JsonElement.DeepEquals(actual, expected).ShouldBeTrue($"{what}: {actual.GetRawText()} should equal {expected.GetRawText()}");

    /// <summary>The snapshot fields of a partnership equal the match item's score, eligible, breakdown and unmet.</summary>
    private static void ShouldCarryTheMatch(JsonElement partnership, JsonElement item)
    {
        ShouldBeSameJson(partnership.GetProperty("matchScore"), item.GetProperty("score"), "matchScore");
        ShouldBeSameJson(partnership.GetProperty("matchEligible"), item.GetProperty("eligible"), "matchEligible");
        ShouldBeSameJson(partnership.GetProperty("matchBreakdown"), item.GetProperty("breakdown"), "matchBreakdown");
        ShouldBeSameJson(partnership.GetProperty("matchUnmet"), item.GetProperty("unmet"), "matchUnmet");
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task ShouldBeTransitionConflictAsync(HttpResponseMessage response, string status)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("title").GetString().ShouldBe("Transition not allowed");
        problem.GetProperty("currentStatus").GetString().ShouldBe(status);
        problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldBe(PartnershipTestData.Allowed[status]);
        problem.GetProperty("detail").GetString()!.ShouldContain($"is {status}");
    }

    // ---- propose --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Propose_FromNeed_Returns201WithTheNeedsIndustryAndTheMatchOfThatMoment()
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();
        var item = await _api.MatchItemAsync(need.Id, ikm.Id);
        item.ShouldNotBeNull();

        var response = await Client.PostJsonAsync(
            "/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id, notes: "  dari hasil pencocokan  "));

        var json = await JsonAsync(response, HttpStatusCode.Created);
        var partnership = json.Deserialize<PartnershipDto>(HttpAssertions.Json)!;
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/partnerships/{partnership.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        partnership.NeedId.ShouldBe(need.Id);
        partnership.IkmId.ShouldBe(ikm.Id);
        partnership.IndustryId.ShouldBe(industry.Id);
        partnership.Pattern.ShouldBe("SupplyChain");
        partnership.Status.ShouldBe("Proposed");
        partnership.Notes.ShouldBe("dari hasil pencocokan");
        partnership.ContractValue.ShouldBeNull();
        partnership.StartDate.ShouldBeNull();
        partnership.EndDate.ShouldBeNull();
        partnership.Rating.ShouldBeNull();
        partnership.JobsCreated.ShouldBeNull();
        partnership.UpdatedAt.ShouldBe(partnership.CreatedAt);
        partnership.MatchScore.ShouldNotBeNull();
        partnership.MatchEligible.ShouldBe(true);
        MatchArithmetic.ShouldAddUp(partnership.MatchBreakdown!, partnership.MatchScore.Value, "snapshot");
        partnership.MatchUnmet.ShouldBeEmpty();
        ShouldCarryTheMatch(json, item.Value);

        var first = partnership.History.ShouldHaveSingleItem();
        first.ShouldBe(new PartnershipEventDto(null, "Proposed", partnership.CreatedAt, Actor, "dari hasil pencocokan"));

        var read = await Client.GetAsync($"/api/v1/partnerships/{partnership.Id}");
        (await read.Content.ReadAsStringAsync()).ShouldBe(json.GetRawText());
        read.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Propose_Directly_Returns201WithoutMatchFields()
    {
        var ikm = await _api.CreateIkmAsync();
        var industry = await _api.CreateIndustryAsync();

        var response = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id, pattern: "NucleusPlasma"));

        var json = await JsonAsync(response, HttpStatusCode.Created);
        foreach (var field in new[] { "needId", "matchScore", "matchEligible", "matchBreakdown", "matchUnmet", "notes" })
        {
            json.TryGetProperty(field, out var value).ShouldBeTrue(field);
            value.ValueKind.ShouldBe(JsonValueKind.Null, field);
        }

        var partnership = json.Deserialize<PartnershipDto>(HttpAssertions.Json)!;
        partnership.IndustryId.ShouldBe(industry.Id);
        partnership.Pattern.ShouldBe("NucleusPlasma");
        partnership.Status.ShouldBe("Proposed");
        partnership.History.ShouldHaveSingleItem().ShouldBe(new PartnershipEventDto(null, "Proposed", partnership.CreatedAt, Actor, null));
    }

    [Fact]
    public async Task Propose_IneligibleIkm_IsAllowedAndTheSnapshotSaysWhatItLacked()
    {
        var (_, need, ikm) = await NeedAndIkmAsync(
            NeedTestData.Need(Guid.Empty, required: ["ISO9001", "SMK3"], minTkdnPercent: 40, monthlyVolume: 50),
            TestData.Ikm(certifications: [TestData.Certification("ISO9001")]));
        var item = await _api.MatchItemAsync(need.Id, ikm.Id);
        item.ShouldNotBeNull();

        var response = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id));

        var json = await JsonAsync(response, HttpStatusCode.Created);
        var partnership = json.Deserialize<PartnershipDto>(HttpAssertions.Json)!;
        partnership.MatchEligible.ShouldBe(false);
        partnership.MatchUnmet!.Select(u => u.Code).ShouldBe(["capacity:20<50 ton", "certification:SMK3", "tkdn:0<40"], ignoreOrder: true);
        ShouldCarryTheMatch(json, item.Value);
    }

    /// <summary>
    /// A caterer (56290, "Katering makanan") is no candidate of a steel-rack need (25111): outside the division, nothing of
    /// its text is about the job. A proposal is still allowed; its snapshot says relevance 0 — so every fit criterion
    /// earns 0 and the score is 0 — and that nothing can be supplied in ton.
    /// </summary>
    [Fact]
    public async Task Propose_IkmOfAnotherDivisionNotAboutTheJob_IsAllowedWithRelevanceZeroAndNoCapacityInTheUnit()
    {
        var (_, need, _) = await NeedAndIkmAsync();
        var caterer = await _api.CreateIkmAsync(TestData.Ikm(capabilities: [NeedTestData.Capability("56290", 3000, "pax", "Katering makanan")]));
        (await _api.MatchItemAsync(need.Id, caterer.Id)).ShouldBeNull();

        var partnership = await _api.ProposeAsync(PartnershipTestData.Proposal(caterer.Id, needId: need.Id));

        partnership.MatchEligible.ShouldBe(false);
        partnership.MatchUnmet!.Select(u => u.Code).ShouldBe(["unit:ton"]);
        partnership.MatchBreakdown!.Single(c => c.Criterion == "relevance").Value.ShouldBe(0m);
        partnership.MatchBreakdown!.ShouldAllBe(c => c.Points == 0m);
        partnership.MatchScore.ShouldBe(0m);
        MatchArithmetic.ShouldAddUp(partnership.MatchBreakdown!, partnership.MatchScore!.Value, "caterer");
    }

    [Theory]
    [InlineData("Closed")]
    [InlineData("Fulfilled")]
    [InlineData("Cancelled")]
    public async Task Propose_NeedNotOpen_Returns409(string status)
    {
        var (_, need, ikm) = await NeedAndIkmAsync();
        var moved = status switch
        {
            "Closed" => await Client.PostAsync($"/api/v1/needs/{need.Id}/close", null),
            "Fulfilled" => await Client.PostJsonAsync($"/api/v1/needs/{need.Id}/close", new { fulfilled = true }),
            _ => await Client.PostAsync($"/api/v1/needs/{need.Id}/cancel", null),
        };
        (await moved.ShouldBeAsync<NeedDto>(HttpStatusCode.OK)).Status.ShouldBe(status);

        var response = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain(status);
        (await _api.ListAsync($"needId={need.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Propose_ArchivedIkm_Returns409FromANeedAndDirectly()
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();
        (await Client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var fromNeed = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id));
        var direct = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        (await fromNeed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await direct.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await _api.ListAsync($"ikmId={ikm.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Propose_ArchivedIndustry_Returns409DirectlyAndThroughItsStillOpenNeed()
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();
        (await Client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var direct = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
        var fromNeed = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id));

        (await direct.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await fromNeed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await _api.ListAsync($"ikmId={ikm.Id}")).TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("ikmId")]
    [InlineData("needId")]
    [InlineData("industryId")]
    public async Task Propose_UnknownReference_Returns400NamingTheField(string field)
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();
        var body = field == "industryId"
            ? PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id)
            : PartnershipTestData.Proposal(ikm.Id, needId: need.Id);
        body[field] = Guid.NewGuid().ToString();

        var response = await Client.PostJsonAsync("/api/v1/partnerships", body);

        var messages = await response.ShouldBeValidationProblemAsync(field);
        messages.ShouldHaveSingleItem().ShouldContain(body[field]!.GetValue<string>());
    }

    [Fact]
    public async Task Propose_BothOrNeitherOfNeedAndIndustry_Returns400NamingNeedId()
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();

        var both = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id, industryId: industry.Id));
        var neither = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id));

        (await both.ShouldBeValidationProblemAsync("needId")).ShouldContain(m => m.Contains("exactly one"));
        (await neither.ShouldBeValidationProblemAsync("needId")).ShouldContain(m => m.Contains("exactly one"));
        (await _api.ListAsync($"ikmId={ikm.Id}")).TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"pattern":"SupplyChain","industryId":"%I"}""", "ikmId")]
    [InlineData("""{"ikmId":"abc","pattern":"SupplyChain","industryId":"%I"}""", "ikmId")]
    [InlineData("""{"ikmId":"00000000-0000-0000-0000-000000000000","pattern":"SupplyChain","industryId":"%I"}""", "ikmId")]
    [InlineData("""{"ikmId":"%K","industryId":"%I"}""", "pattern")]
    [InlineData("""{"ikmId":"%K","pattern":"Bogus","industryId":"%I"}""", "pattern")]
    [InlineData("""{"ikmId":"%K","pattern":0,"industryId":"%I"}""", "pattern")]
    [InlineData("""{"ikmId":"%K","pattern":"SupplyChain","industryId":"00000000-0000-0000-0000-000000000000"}""", "industryId")]
    [InlineData("""{"ikmId":"%K","pattern":"SupplyChain","needId":"00000000-0000-0000-0000-000000000000"}""", "needId")]
    [InlineData("""{"ikmId":"%K","pattern":"SupplyChain","industryId":42}""", "industryId")]
    [InlineData("""{"ikmId":"%K","pattern":"SupplyChain","industryId":"%I","notes":7}""", "notes")]
    public async Task Propose_BadBody_Returns400NamingTheField(string template, string field)
    {
        var ikm = await _api.CreateIkmAsync();
        var industry = await _api.CreateIndustryAsync();
        var body = template.Replace("%K", ikm.Id.ToString(), StringComparison.Ordinal).Replace("%I", industry.Id.ToString(), StringComparison.Ordinal);

        var response = await Client.PostAsync("/api/v1/partnerships", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemAsync(field);
        (await _api.ListAsync($"ikmId={ikm.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Propose_NoBody_Returns400()
    {
        var response = await Client.PostAsync("/api/v1/partnerships", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    // ---- one running partnership per (need, IKM) -------------------------------------------------------------------

    [Fact]
    public async Task Propose_SecondRunningForSameNeedAndIkm_Returns409UntilTheFirstEnds()
    {
        var (_, need, ikm) = await NeedAndIkmAsync();
        var proposal = PartnershipTestData.Proposal(ikm.Id, needId: need.Id);

        var first = await _api.ProposeAsync(proposal);
        (await (await Client.PostJsonAsync("/api/v1/partnerships", proposal)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString()!.ShouldContain("running partnership");
        await _api.MoveAsync(first.Id, "reject");

        var second = await _api.ProposeAsync(proposal);
        await _api.MoveAsync(second.Id, "accept");
        await (await Client.PostJsonAsync("/api/v1/partnerships", proposal)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await _api.MoveAsync(second.Id, "withdraw");

        var third = await _api.ProposeAsync(proposal);
        await _api.MoveAsync(third.Id, "accept");
        await _api.MoveAsync(third.Id, "activate");
        await (await Client.PostJsonAsync("/api/v1/partnerships", proposal)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await _api.MoveAsync(third.Id, "complete");

        var fourth = await _api.ProposeAsync(proposal);

        var all = await _api.ListAsync($"needId={need.Id}&ikmId={ikm.Id}");
        all.Items.Select(p => (p.Id, p.Status)).ShouldBe(
        [
            (fourth.Id, "Proposed"),
            (third.Id, "Completed"),
            (second.Id, "Withdrawn"),
            (first.Id, "Rejected"),
        ]);
    }

    [Fact]
    public async Task Propose_SameNeedOtherIkmOrSameIkmOtherNeedOrDirect_AreAllAllowed()
    {
        var (industry, need, ikm) = await NeedAndIkmAsync();
        var otherIkm = await _api.CreateIkmAsync();
        var otherNeed = await _api.CreateNeedAsync(industry.Id);

        await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: need.Id));
        await _api.ProposeAsync(PartnershipTestData.Proposal(otherIkm.Id, needId: need.Id));
        await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: otherNeed.Id));
        await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        (await _api.ListAsync($"industryId={industry.Id}")).TotalCount.ShouldBe(4);
    }

    [Fact]
    public async Task Accept_AfterTheIkmWasArchived_Returns409AndStaysProposed()
    {
        var (industry, _, ikm) = await NeedAndIkmAsync();
        var proposed = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
        (await Client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _api.SendAsync(proposed.Id, "accept", PartnershipTestData.Note("diterima"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await _api.GetAsync(proposed.Id)).Status.ShouldBe("Proposed");
    }

    [Fact]
    public async Task Propose_DirectTwiceWhileTheFirstRuns_Returns409_AndAfterItEndsIsAllowed()
    {
        var (industry, _, ikm) = await NeedAndIkmAsync();
        var first = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        var second = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("running partnership");
        await _api.MoveAsync(first.Id, "withdraw");
        await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
    }

    // ---- the snapshot stays as it was ------------------------------------------------------------------------------

    [Fact]
    public async Task Snapshot_RegistryChangesLater_PartnershipKeepsTheFiguresOfTheProposal()
    {
        var (_, need, ikm) = await NeedAndIkmAsync();
        var before = await _api.MatchItemAsync(need.Id, ikm.Id);
        var proposed = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id));
        var proposedJson = await JsonAsync(proposed, HttpStatusCode.Created);
        var id = proposedJson.GetProperty("id").GetGuid();

        // The IKM moves to the industry's kecamatan, loses its certificate, shrinks below the volume, and is verified.
        var read = await Client.GetAsync($"/api/v1/ikms/{ikm.Id}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = TestData.Ikm(nib: ikm.Nib, kecamatan: "Citangkil", capabilities: [TestData.Capability(capacity: 5)], certifications: []);
        (await Client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{ikm.Id}", changed, read.Headers.ETag!.Tag)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.PostAsync($"/api/v1/ikms/{ikm.Id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await _api.MatchItemAsync(need.Id, ikm.Id);
        after!.Value.GetProperty("score").GetDecimal().ShouldNotBe(before!.Value.GetProperty("score").GetDecimal());
        after.Value.GetProperty("eligible").GetBoolean().ShouldBeFalse();

        var now = await JsonAsync(await Client.GetAsync($"/api/v1/partnerships/{id}"), HttpStatusCode.OK);

        now.GetRawText().ShouldBe(proposedJson.GetRawText());
        ShouldCarryTheMatch(now, before.Value);
    }

    // ---- the life cycle --------------------------------------------------------------------------------------------

    [Fact]
    public async Task LifeCycle_ProposedAcceptedActiveCompleted_KeepsTheHistoryInOrder()
    {
        var (_, need, ikm) = await NeedAndIkmAsync();
        var proposed = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: need.Id, pattern: "Subcontract", notes: "usulan dinas"));

        var accept = await _api.SendAsync(proposed.Id, "accept", PartnershipTestData.Note("siap memasok"), "\"1\"");
        var accepted = await accept.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);
        accept.Headers.ETag!.Tag.ShouldBe("\"2\"");
        accepted.Status.ShouldBe("Accepted");

        var activate = await _api.SendAsync(
            proposed.Id, "activate", PartnershipTestData.Activation(250_000_000, new DateOnly(2027, 2, 1), new DateOnly(2027, 7, 31)), "\"2\"");
        var active = await activate.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);
        activate.Headers.ETag!.Tag.ShouldBe("\"3\"");
        active.Status.ShouldBe("Active");
        active.ContractValue.ShouldBe(250_000_000L);
        active.StartDate.ShouldBe(new DateOnly(2027, 2, 1));
        active.EndDate.ShouldBe(new DateOnly(2027, 7, 31));
        active.Rating.ShouldBeNull();

        var complete = await _api.SendAsync(proposed.Id, "complete", PartnershipTestData.Completion(5, 4, "tepat waktu dan mutu baik"), "\"3\"");
        var completed = await complete.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);
        complete.Headers.ETag!.Tag.ShouldBe("\"4\"");

        completed.Status.ShouldBe("Completed");
        completed.Rating.ShouldBe(5);
        completed.JobsCreated.ShouldBe(4);
        completed.ContractValue.ShouldBe(250_000_000L);
        completed.Pattern.ShouldBe("Subcontract");
        completed.History.Select(e => (e.From, e.To, e.Actor, e.Note)).ShouldBe(
        [
            (null, "Proposed", Actor, "usulan dinas"),
            ("Proposed", "Accepted", Actor, "siap memasok"),
            ("Accepted", "Active", Actor, "contract 250000000 IDR, 2027-02-01 to 2027-07-31"),
            ("Active", "Completed", Actor, "tepat waktu dan mutu baik"),
        ]);
        completed.History[0].At.ShouldBe(completed.CreatedAt);
        completed.History.Select(e => e.At).ShouldBeInOrder();
        completed.History[^1].At.ShouldBe(completed.UpdatedAt);
        completed.UpdatedAt.ShouldBeGreaterThan(completed.CreatedAt);
        completed.MatchScore.ShouldBe(proposed.MatchScore);
        completed.MatchBreakdown.ShouldBe(proposed.MatchBreakdown);

        var read = await Client.GetAsync($"/api/v1/partnerships/{proposed.Id}");
        (await read.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(completed);
        read.Headers.ETag!.Tag.ShouldBe("\"4\"");
    }

    [Fact]
    public async Task Accept_WithoutBody_IsAllowedWithoutNote()
    {
        var partnership = await _api.InStatusAsync("Proposed");

        var accepted = await (await _api.SendAsync(partnership.Id, "accept", null)).ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);

        accepted.Status.ShouldBe("Accepted");
        accepted.History[^1].ShouldBe(new PartnershipEventDto("Proposed", "Accepted", accepted.UpdatedAt, Actor, null));
    }

    [Fact]
    public async Task Reject_ReasonRequired_400WithoutItThenRejectedWithIt()
    {
        var partnership = await _api.InStatusAsync("Proposed");

        await (await _api.SendAsync(partnership.Id, "reject", new JsonObject())).ShouldBeValidationProblemAsync("reason");
        await (await _api.SendAsync(partnership.Id, "reject", PartnershipTestData.Reason("   "))).ShouldBeValidationProblemAsync("reason");
        await (await _api.SendAsync(partnership.Id, "reject", new JsonObject { ["reason"] = null })).ShouldBeValidationProblemAsync("reason");
        await (await _api.SendAsync(partnership.Id, "reject", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await _api.GetAsync(partnership.Id)).Status.ShouldBe("Proposed");

        var rejected = await _api.MoveAsync(partnership.Id, "reject", PartnershipTestData.Reason("  kapasitas sedang penuh "));

        rejected.Status.ShouldBe("Rejected");
        rejected.History.Count.ShouldBe(2);
        rejected.History[^1].ShouldBe(new PartnershipEventDto("Proposed", "Rejected", rejected.UpdatedAt, Actor, "kapasitas sedang penuh"));
    }

    [Fact]
    public async Task Withdraw_FromProposedWithoutReason_AndFromAcceptedWithReason()
    {
        var proposed = await _api.InStatusAsync("Proposed");
        var accepted = await _api.InStatusAsync("Accepted");

        var fromProposed = await (await _api.SendAsync(proposed.Id, "withdraw", null)).ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);
        var fromAccepted = await _api.MoveAsync(accepted.Id, "withdraw", PartnershipTestData.Reason("anggaran ditunda"));

        fromProposed.Status.ShouldBe("Withdrawn");
        fromProposed.History[^1].ShouldBe(new PartnershipEventDto("Proposed", "Withdrawn", fromProposed.UpdatedAt, Actor, null));
        fromAccepted.Status.ShouldBe("Withdrawn");
        fromAccepted.History.Select(e => e.To).ShouldBe(["Proposed", "Accepted", "Withdrawn"]);
        fromAccepted.History[^1].ShouldBe(new PartnershipEventDto("Accepted", "Withdrawn", fromAccepted.UpdatedAt, Actor, "anggaran ditunda"));
    }

    [Fact]
    public async Task Terminate_ReasonRequired_400WithoutItThenTerminatedWithIt()
    {
        var partnership = await _api.InStatusAsync("Active");

        await (await _api.SendAsync(partnership.Id, "terminate", new JsonObject())).ShouldBeValidationProblemAsync("reason");
        await (await _api.SendAsync(partnership.Id, "terminate", PartnershipTestData.Reason(""))).ShouldBeValidationProblemAsync("reason");
        await (await _api.SendAsync(partnership.Id, "terminate", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await _api.GetAsync(partnership.Id)).Status.ShouldBe("Active");

        var terminated = await _api.MoveAsync(partnership.Id, "terminate", PartnershipTestData.Reason("mutu tidak sesuai spesifikasi"));

        terminated.Status.ShouldBe("Terminated");
        terminated.ContractValue.ShouldBe(150_000_000L);
        terminated.Rating.ShouldBeNull();
        terminated.History.Select(e => e.To).ShouldBe(["Proposed", "Accepted", "Active", "Terminated"]);
        terminated.History[^1].ShouldBe(new PartnershipEventDto("Active", "Terminated", terminated.UpdatedAt, Actor, "mutu tidak sesuai spesifikasi"));
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Accepted")]
    [InlineData("Active")]
    [InlineData("Completed")]
    [InlineData("Rejected")]
    [InlineData("Withdrawn")]
    [InlineData("Terminated")]
    public async Task Transition_NotAllowedInStatus_Returns409NamingTheStatusAndTheAllowedActions(string status)
    {
        var partnership = await _api.InStatusAsync(status);
        var forbidden = PartnershipTestData.Actions.Except(PartnershipTestData.Allowed[status]).ToList();
        forbidden.Count.ShouldBe(6 - PartnershipTestData.Allowed[status].Length);

        foreach (var action in forbidden)
        {
            var response = await _api.SendAsync(partnership.Id, action, PartnershipTestData.ValidBody(action));
            await ShouldBeTransitionConflictAsync(response, status);
        }

        var after = await _api.GetAsync(partnership.Id);
        after.Status.ShouldBe(status);
        after.History.Count.ShouldBe(partnership.History.Count);
        after.UpdatedAt.ShouldBe(partnership.UpdatedAt);
    }

    // ---- bad bodies ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Active", "complete", """{"rating":0,"jobsCreated":1}""", "rating")]
    [InlineData("Active", "complete", """{"rating":6,"jobsCreated":1}""", "rating")]
    [InlineData("Active", "complete", """{"rating":4,"jobsCreated":-1}""", "jobsCreated")]
    [InlineData("Active", "complete", """{"jobsCreated":1}""", "rating")]
    [InlineData("Active", "complete", """{"rating":4}""", "jobsCreated")]
    [InlineData("Active", "complete", """{"rating":"five","jobsCreated":1}""", "rating")]
    [InlineData("Active", "complete", """{"rating":4.5,"jobsCreated":1}""", "rating")]
    [InlineData("Active", "complete", """{"rating":4,"jobsCreated":"2"}""", "jobsCreated")]
    [InlineData("Active", "complete", """{"rating":4,"jobsCreated":1,"note":5}""", "note")]
    [InlineData("Accepted", "activate", """{"contractValue":-1,"startDate":"2027-01-01","endDate":"2027-12-31"}""", "contractValue")]
    [InlineData("Accepted", "activate", """{"contractValue":100,"startDate":"2027-01-01","endDate":"2026-12-31"}""", "endDate")]
    [InlineData("Accepted", "activate", """{"contractValue":100,"endDate":"2027-12-31"}""", "startDate")]
    [InlineData("Accepted", "activate", """{"startDate":"2027-01-01","endDate":"2027-12-31"}""", "contractValue")]
    [InlineData("Accepted", "activate", """{"contractValue":100,"startDate":"2027-01-01"}""", "endDate")]
    [InlineData("Accepted", "activate", """{"contractValue":"banyak","startDate":"2027-01-01","endDate":"2027-12-31"}""", "contractValue")]
    [InlineData("Accepted", "activate", """{"contractValue":1.5,"startDate":"2027-01-01","endDate":"2027-12-31"}""", "contractValue")]
    [InlineData("Accepted", "activate", """{"contractValue":100,"startDate":"01-01-2027","endDate":"2027-12-31"}""", "startDate")]
    [InlineData("Accepted", "activate", """{"contractValue":100,"startDate":"2027-01-01","endDate":true}""", "endDate")]
    [InlineData("Proposed", "reject", """{"reason":5}""", "reason")]
    [InlineData("Proposed", "accept", """{"note":["a"]}""", "note")]
    [InlineData("Accepted", "withdraw", """{"reason":{}}""", "reason")]
    [InlineData("Active", "terminate", """{"reason":false}""", "reason")]
    [InlineData("Proposed", "accept", """{"note":"siap\u0000memasok"}""", "note")]
    [InlineData("Proposed", "reject", """{"reason":"alasan\u0007"}""", "reason")]
    public async Task Transition_BadBody_Returns400NamingTheFieldAndChangesNothing(string status, string action, string body, string field)
    {
        var partnership = await _api.InStatusAsync(status);

        var response = await Client.PostAsync(
            $"/api/v1/partnerships/{partnership.Id}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemAsync(field);
        var after = await _api.GetAsync(partnership.Id);
        after.Status.ShouldBe(status);
        after.History.Count.ShouldBe(partnership.History.Count);
        after.ContractValue.ShouldBe(partnership.ContractValue);
        after.Rating.ShouldBeNull();
    }

    [Theory]
    [InlineData("Proposed", "reject", "reason")]
    [InlineData("Proposed", "accept", "note")]
    [InlineData("Accepted", "withdraw", "reason")]
    [InlineData("Active", "complete", "note")]
    [InlineData("Active", "terminate", "reason")]
    public async Task Transition_TextOver2000Characters_Returns400NamingIt(string status, string action, string field)
    {
        var partnership = await _api.InStatusAsync(status);
        var body = PartnershipTestData.ValidBody(action);
        body[field] = new string('x', 2001);

        await (await _api.SendAsync(partnership.Id, action, body)).ShouldBeValidationProblemAsync(field);

        body[field] = new string('x', 2000);
        var moved = await _api.MoveAsync(partnership.Id, action, body);
        moved.History[^1].Note.ShouldBe(new string('x', 2000));
    }

    [Fact]
    public async Task Propose_NotesOver2000Characters_Returns400()
    {
        var ikm = await _api.CreateIkmAsync();
        var industry = await _api.CreateIndustryAsync();

        var response = await Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id, notes: new string('n', 2001)));

        await response.ShouldBeValidationProblemAsync("notes");
        (await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id, notes: new string('n', 2000)))).Notes!.Length.ShouldBe(2000);
    }

    [Theory]
    [InlineData("Accepted", "activate")]
    [InlineData("Active", "complete")]
    public async Task Transition_RequiredBodyMissing_Returns400(string status, string action)
    {
        var partnership = await _api.InStatusAsync(status);

        var response = await _api.SendAsync(partnership.Id, action, null);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await _api.GetAsync(partnership.Id)).Status.ShouldBe(status);
    }

    [Fact]
    public async Task Activate_BoundaryValues_AreAccepted()
    {
        var partnership = await _api.InStatusAsync("Accepted");

        var active = await _api.MoveAsync(partnership.Id, "activate", PartnershipTestData.Activation(0, PartnershipTestData.Start, PartnershipTestData.Start));

        active.ContractValue.ShouldBe(0L);
        active.StartDate.ShouldBe(active.EndDate);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 250)]
    public async Task Complete_BoundaryValues_AreKept(int rating, int jobs)
    {
        var partnership = await _api.InStatusAsync("Active");

        var completed = await _api.MoveAsync(partnership.Id, "complete", PartnershipTestData.Completion(rating, jobs));

        completed.Rating.ShouldBe(rating);
        completed.JobsCreated.ShouldBe(jobs);
        completed.History[^1].Note.ShouldBeNull();
    }

    // ---- If-Match and unknown ids ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("\"0\"")]
    [InlineData("W/\"1\"")]
    [InlineData("\"abc\"")]
    public async Task Transition_IfMatchNotTheCurrentVersion_Returns412AndChangesNothing(string ifMatch)
    {
        var partnership = await _api.InStatusAsync("Proposed");

        var response = await _api.SendAsync(partnership.Id, "accept", null, ifMatch);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var after = await _api.GetAsync(partnership.Id);
        after.Status.ShouldBe("Proposed");
        after.History.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Transition_StaleIfMatchAfterAnotherStep_Returns412_CurrentOrStarSucceeds()
    {
        var partnership = await _api.InStatusAsync("Proposed");
        await (await _api.SendAsync(partnership.Id, "accept", null, "\"1\"")).ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);

        await (await _api.SendAsync(partnership.Id, "withdraw", null, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await _api.GetAsync(partnership.Id)).Status.ShouldBe("Accepted");

        var activate = await _api.SendAsync(partnership.Id, "activate", PartnershipTestData.Activation(), "\"2\"");
        (await activate.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK)).Status.ShouldBe("Active");
        var complete = await _api.SendAsync(partnership.Id, "complete", PartnershipTestData.Completion(), "*");
        (await complete.ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK)).Status.ShouldBe("Completed");
        complete.Headers.ETag!.Tag.ShouldBe("\"4\"");
    }

    [Fact]
    public async Task UnknownId_Returns404ForGetAndEveryAction()
    {
        var id = Guid.NewGuid();

        (await (await Client.GetAsync($"/api/v1/partnerships/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("detail").GetString()!.ShouldContain(id.ToString());
        await (await Client.GetAsync("/api/v1/partnerships/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in PartnershipTestData.Actions)
        {
            var response = await _api.SendAsync(id, action, PartnershipTestData.ValidBody(action));
            (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain(id.ToString());
        }
    }

    // ---- list ------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task List_FiltersCombineAndPageNewestFirst()
    {
        var i1 = await _api.CreateIndustryAsync();
        var i2 = await _api.CreateIndustryAsync();
        var a = await _api.CreateIkmAsync();
        var b = await _api.CreateIkmAsync();
        var n1 = await _api.CreateNeedAsync(i1.Id);
        var n2 = await _api.CreateNeedAsync(i1.Id);

        var p1 = await _api.ProposeAsync(PartnershipTestData.Proposal(a.Id, needId: n1.Id));
        var p2 = await _api.ProposeAsync(PartnershipTestData.Proposal(b.Id, needId: n1.Id, pattern: "Subcontract"));
        await _api.MoveAsync(p2.Id, "accept");
        var p3 = await _api.ProposeAsync(PartnershipTestData.Proposal(a.Id, needId: n2.Id));
        await _api.MoveAsync(p3.Id, "reject");
        var p4 = await _api.ProposeAsync(PartnershipTestData.Proposal(a.Id, industryId: i2.Id, pattern: "NucleusPlasma"));
        var p5 = await _api.ProposeAsync(PartnershipTestData.Proposal(b.Id, industryId: i2.Id));
        await _api.MoveAsync(p5.Id, "accept");
        await _api.MoveAsync(p5.Id, "activate");

        async Task ShouldListAsync(string query, params PartnershipDto[] expected)
        {
            var page = await _api.ListAsync(query);
            page.Items.Select(p => p.Id).ShouldBe(expected.Select(p => p.Id), query);
            page.TotalCount.ShouldBe(expected.Length, query);
        }

        await ShouldListAsync($"industryId={i1.Id}", p3, p2, p1);
        await ShouldListAsync($"industryId={i2.Id}", p5, p4);
        await ShouldListAsync($"ikmId={a.Id}", p4, p3, p1);
        await ShouldListAsync($"ikmId={b.Id}", p5, p2);
        await ShouldListAsync($"needId={n1.Id}", p2, p1);
        await ShouldListAsync($"needId={n1.Id}&ikmId={b.Id}", p2);
        await ShouldListAsync($"needId={n2.Id}&status=Rejected", p3);
        await ShouldListAsync($"ikmId={a.Id}&status=Proposed", p4, p1);
        await ShouldListAsync($"ikmId={a.Id}&pattern=SupplyChain", p3, p1);
        await ShouldListAsync($"industryId={i2.Id}&status=Active", p5);
        await ShouldListAsync($"industryId={i1.Id}&pattern=Subcontract&status=Accepted", p2);
        await ShouldListAsync($"industryId={i1.Id}&status=Completed");
        await ShouldListAsync($"ikmId={Guid.NewGuid()}");

        var first = await _api.ListAsync($"ikmId={a.Id}&pageSize=2");
        first.Items.Select(p => p.Id).ShouldBe([p4.Id, p3.Id]);
        (first.Page, first.PageSize, first.TotalCount).ShouldBe((1, 2, 3));
        var second = await _api.ListAsync($"ikmId={a.Id}&pageSize=2&page=2");
        second.Items.Select(p => p.Id).ShouldBe([p1.Id]);
        (second.Page, second.PageSize, second.TotalCount).ShouldBe((2, 2, 3));
        var beyond = await _api.ListAsync($"ikmId={a.Id}&pageSize=2&page=3");
        beyond.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(3);

        var listed = (await _api.ListAsync($"industryId={i2.Id}&status=Active")).Items.ShouldHaveSingleItem();
        listed.ShouldBeEquivalentTo(await _api.GetAsync(p5.Id));
        listed.History.Select(e => e.To).ShouldBe(["Proposed", "Accepted", "Active"]);
    }

    [Fact]
    public async Task List_Default_Pages20()
    {
        var page = await _api.ListAsync(string.Empty);

        page.Page.ShouldBe(1);
        page.PageSize.ShouldBe(20);
        page.Items.Count.ShouldBeLessThanOrEqualTo(20);
    }

    [Theory]
    [InlineData("status=Bogus", "status")]
    [InlineData("status=1", "status")]
    [InlineData("status=Proposed,Accepted", "status")]
    [InlineData("pattern=Nope", "pattern")]
    [InlineData("pattern=0", "pattern")]
    [InlineData("ikmId=abc", "ikmId")]
    [InlineData("industryId=12", "industryId")]
    [InlineData("needId=not-a-guid", "needId")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task List_BadFilter_Returns400NamingIt(string query, string field)
    {
        var response = await Client.GetAsync($"/api/v1/partnerships?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }
}
