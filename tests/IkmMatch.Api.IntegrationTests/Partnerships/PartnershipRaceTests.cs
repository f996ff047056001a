using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Partnerships;

/// <summary>
/// Concurrent steps on one partnership and concurrent proposals of one (need, IKM): exactly one wins, the others get a
/// 409 problem (never a 500), and the history and the registry show only the winner. Each race runs over several
/// partnerships so that the requests really overlap in at least some of them.
/// </summary>
public sealed class PartnershipRaceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Each race runs several rounds, so that a lost race answered wrongly cannot hide behind a lucky schedule.</summary>
    private const int Rounds = 4;
    private const int Racers = 8;

    private readonly PartnershipApi _api = new(factory.CreateClient());

    /// <summary>Fires the requests together; each answer is its status and body (a 409 is checked to be a problem).</summary>
    private static async Task<List<(HttpStatusCode Status, string Body)>> RaceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        var responses = await Task.WhenAll(requests.Select(r => Task.Run(r)));
        var results = new List<(HttpStatusCode, string)>();
        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            }

            results.Add((response.StatusCode, body));
        }

        return results;
    }

    [Fact]
    public async Task Accept_EightAtOnce_ExactlyOneSucceedsAndOneAcceptedIsRecorded()
    {
        // Whatever the losers are answered: one step, recorded once.
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Proposed");

            var responses = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Task.Run(() =>
                _api.SendAsync(partnership.Id, "accept", PartnershipTestData.Note($"racer {i}")))));

            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            responses.ShouldAllBe(r => r.StatusCode != HttpStatusCode.Created && r.StatusCode != HttpStatusCode.NoContent);
            var after = await _api.GetAsync(partnership.Id);
            after.Status.ShouldBe("Accepted");
            after.History.Select(e => e.To).ShouldBe(["Proposed", "Accepted"]);
        }
    }

    [Fact]
    public async Task Accept_EightAtOnce_ExactlyOneWinsTheOthersGet409AndTheHistoryHasOneAccepted()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Proposed");

            var results = await RaceAsync(Enumerable.Range(0, Racers).Select(i => (Func<Task<HttpResponseMessage>>)(() =>
                _api.SendAsync(partnership.Id, "accept", PartnershipTestData.Note($"racer {i}")))));

            var statuses = results.Select(r => r.Status).ToList();
            statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(" | ", results.Select(r => $"{(int)r.Status} {r.Body}")));
            statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(Racers - 1, string.Join(" | ", results.Select(r => $"{(int)r.Status} {r.Body}")));
            var winner = System.Text.Json.JsonSerializer.Deserialize<PartnershipDto>(results.Single(r => r.Status == HttpStatusCode.OK).Body, HttpAssertions.Json)!;

            var after = await _api.GetAsync(partnership.Id);
            after.Status.ShouldBe("Accepted");
            after.History.Select(e => e.To).ShouldBe(["Proposed", "Accepted"]);
            after.History.Count(e => e.To == "Accepted").ShouldBe(1);
            after.History[^1].Note.ShouldBe(winner.History[^1].Note);
            after.ShouldBeEquivalentTo(winner);
        }
    }

    [Fact]
    public async Task AcceptAndReject_AllAtOnce_ExactlyOneWinsAndTheStatusIsTheWinners()
    {
        // From Proposed each excludes the other (unlike accept and withdraw, which may both succeed one after the other).
        var outcome = new Dictionary<string, string>(StringComparer.Ordinal) { ["accept"] = "Accepted", ["reject"] = "Rejected" };
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Proposed");
            var racers = Enumerable.Range(0, Racers).Select(i => i % 2 == 0 ? "accept" : "reject").ToList();

            var results = await RaceAsync(racers.Select(action => (Func<Task<HttpResponseMessage>>)(() =>
                _api.SendAsync(partnership.Id, action, PartnershipTestData.ValidBody(action)))));

            var described = string.Join(" | ", results.Select((r, i) => $"{racers[i]} {(int)r.Status} {r.Body}"));
            results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1, described);
            results.Count(r => r.Status == HttpStatusCode.Conflict).ShouldBe(racers.Count - 1, described);
            var won = racers[results.FindIndex(r => r.Status == HttpStatusCode.OK)];

            var after = await _api.GetAsync(partnership.Id);
            after.Status.ShouldBe(outcome[won]);
            after.History.Select(e => e.To).ShouldBe(["Proposed", outcome[won]]);
        }
    }

    [Fact]
    public async Task AcceptRejectWithdraw_AllAtOnceWithIfMatchOfTheProposal_ExactlyOneWinsTheOthersGet412()
    {
        var actions = new[] { "accept", "reject", "withdraw" };
        var outcome = new Dictionary<string, string>(StringComparer.Ordinal) { ["accept"] = "Accepted", ["reject"] = "Rejected", ["withdraw"] = "Withdrawn" };
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Proposed");
            var racers = Enumerable.Range(0, 9).Select(i => actions[i % 3]).ToList();

            var results = await RaceAsync(racers.Select(action => (Func<Task<HttpResponseMessage>>)(() =>
                _api.SendAsync(partnership.Id, action, PartnershipTestData.ValidBody(action), "\"1\""))));

            var described = string.Join(" | ", results.Select((r, i) => $"{racers[i]} {(int)r.Status} {r.Body}"));
            results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1, described);
            results.Count(r => r.Status == HttpStatusCode.PreconditionFailed).ShouldBe(racers.Count - 1, described);
            var won = racers[results.FindIndex(r => r.Status == HttpStatusCode.OK)];

            var after = await _api.GetAsync(partnership.Id);
            after.Status.ShouldBe(outcome[won]);
            after.History.Select(e => e.To).ShouldBe(["Proposed", outcome[won]]);
        }
    }

    [Fact]
    public async Task AcceptRejectWithdraw_AllAtOnce_EverySuccessIsALegalSequenceAndTheHistoryShowsIt()
    {
        // Without If-Match, accept then withdraw may both succeed, one after the other; never two steps from one status.
        var actions = new[] { "accept", "reject", "withdraw" };
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Proposed");
            var racers = Enumerable.Range(0, 9).Select(i => actions[i % 3]).ToList();

            var results = await RaceAsync(racers.Select(action => (Func<Task<HttpResponseMessage>>)(() =>
                _api.SendAsync(partnership.Id, action, PartnershipTestData.ValidBody(action)))));

            var described = string.Join(" | ", results.Select((r, i) => $"{racers[i]} {(int)r.Status} {r.Body}"));
            results.ShouldAllBe(r => r.Status == HttpStatusCode.OK || r.Status == HttpStatusCode.Conflict, described);
            var after = await _api.GetAsync(partnership.Id);
            var steps = after.History.Skip(1).ToList();
            steps.Count.ShouldBe(results.Count(r => r.Status == HttpStatusCode.OK), described);
            steps.Count.ShouldBeInRange(1, 2, described);
            after.History.Zip(after.History.Skip(1)).ShouldAllBe(pair => pair.Second.From == pair.First.To);
            string.Join(">", after.History.Select(e => e.To)).ShouldBeOneOf(
                "Proposed>Accepted", "Proposed>Rejected", "Proposed>Withdrawn", "Proposed>Accepted>Withdrawn");
        }
    }

    [Fact]
    public async Task CompleteAndTerminate_AtOnce_ExactlyOneWinsAndOnlyItsFiguresAreKept()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var partnership = await _api.InStatusAsync("Active");
            var racers = Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? "complete" : "terminate").ToList();

            var results = await RaceAsync(racers.Select((action, i) => (Func<Task<HttpResponseMessage>>)(() =>
                _api.SendAsync(partnership.Id, action, action == "complete" ? PartnershipTestData.Completion(1 + (i % 5), i) : PartnershipTestData.Reason($"racer {i}")))));

            var described = string.Join(" | ", results.Select((r, i) => $"{racers[i]} {(int)r.Status} {r.Body}"));
            results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1, described);
            results.Count(r => r.Status == HttpStatusCode.Conflict).ShouldBe(racers.Count - 1, described);
            var index = results.FindIndex(r => r.Status == HttpStatusCode.OK);

            var after = await _api.GetAsync(partnership.Id);
            after.History.Count.ShouldBe(4);
            if (racers[index] == "complete")
            {
                after.Status.ShouldBe("Completed");
                after.Rating.ShouldBe(1 + (index % 5));
                after.JobsCreated.ShouldBe(index);
            }
            else
            {
                after.Status.ShouldBe("Terminated");
                after.Rating.ShouldBeNull();
                after.History[^1].Note.ShouldBe($"racer {index}");
            }
        }
    }

    [Fact]
    public async Task Propose_SameNeedAndIkmEightAtOnce_ExactlyOneCreatedTheOthersGet409()
    {
        var industry = await _api.CreateIndustryAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var need = await _api.CreateNeedAsync(industry.Id);
            var ikm = await _api.CreateIkmAsync();
            var proposal = PartnershipTestData.Proposal(ikm.Id, needId: need.Id);

            var results = await RaceAsync(Enumerable.Range(0, Racers).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
                _api.Client.PostJsonAsync("/api/v1/partnerships", proposal.DeepClone()))));

            var described = string.Join(" | ", results.Select(r => $"{(int)r.Status} {r.Body}"));
            results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1, described);
            results.Count(r => r.Status == HttpStatusCode.Conflict).ShouldBe(Racers - 1, described);
            var created = System.Text.Json.JsonSerializer.Deserialize<PartnershipDto>(results.Single(r => r.Status == HttpStatusCode.Created).Body, HttpAssertions.Json)!;

            var listed = await _api.ListAsync($"needId={need.Id}&ikmId={ikm.Id}");
            listed.TotalCount.ShouldBe(1);
            listed.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
        }
    }

    [Fact]
    public async Task Propose_SameDirectPairTenAtOnce_CreatesOneAndAnswersTheRest409()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var proposal = PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id);

        var results = await RaceAsync(Enumerable.Range(0, 10).Select(_ => (Func<Task<HttpResponseMessage>>)(() =>
            _api.Client.PostJsonAsync("/api/v1/partnerships", (JsonObject)proposal.DeepClone()))));

        results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1);
        results.Count(r => r.Status == HttpStatusCode.Conflict).ShouldBe(9);
        (await _api.ListAsync($"ikmId={ikm.Id}&industryId={industry.Id}")).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task CloseAndProposeAtOnce_NoProposalIsStampedAfterTheClose()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikms = new List<IkmDto>();
        for (var i = 0; i < 4; i++)
        {
            ikms.Add(await _api.CreateIkmAsync());
        }

        for (var round = 0; round < 5; round++)
        {
            var need = await _api.CreateNeedAsync(industry.Id);
            var requests = ikms.Select(ikm => (Func<Task<HttpResponseMessage>>)(() =>
                _api.Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id))))
                .Append(() => _api.Client.PostAsync($"/api/v1/needs/{need.Id}/close", null));

            var results = await RaceAsync(requests);

            results.ShouldAllBe(r => r.Status == HttpStatusCode.OK || r.Status == HttpStatusCode.Created || r.Status == HttpStatusCode.Conflict);
            var closed = await (await _api.Client.GetAsync($"/api/v1/needs/{need.Id}")).ShouldBeAsync<NeedDto>(HttpStatusCode.OK);
            closed.Status.ShouldBe("Closed");
            var proposals = await _api.ListAsync($"needId={need.Id}&pageSize=100");
            proposals.Items.Count.ShouldBe(results.Count(r => r.Status == HttpStatusCode.Created));
            proposals.Items.ShouldAllBe(p => p.CreatedAt <= closed.UpdatedAt);
        }
    }
}
