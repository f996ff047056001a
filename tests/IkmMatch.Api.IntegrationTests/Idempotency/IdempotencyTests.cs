using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on the four creates: a repeat replays the first answer (status, body, Location, ETag, plus
/// <c>Idempotent-Replayed: true</c>) and creates nothing; the key with another request is a 422; concurrent requests
/// with one key create one resource and the others are answered 201 (replayed) or 409 (in progress); a 400 is kept and
/// replayed too; a malformed key is a 400; requests without the header are untouched. Keys belong to the caller, not to
/// a route: the fingerprint covers method, path and body, so the same key on another route is a different request (422).
/// </summary>
public sealed class IdempotencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Header = "Idempotency-Key";
    private const string Replayed = "Idempotent-Replayed";

    public static readonly TheoryData<string> Routes = new("ikms", "industries", "needs", "partnerships");

    private readonly PartnershipApi _api = new(factory.CreateClient());

    private HttpClient Client => _api.Client;

    /// <summary>
    /// One create route, ready to be called: a valid body, a different valid body, an invalid body, and how many
    /// resources the valid body has made so far (so that a second resource would be seen).
    /// </summary>
    private sealed record Target(string Url, JsonObject Body, JsonObject OtherBody, JsonObject InvalidBody, Func<Task<int>> CountAsync);

    private async Task<Target> TargetAsync(string route)
    {
        switch (route)
        {
            case "ikms":
                {
                    var body = TestData.Ikm();
                    var invalid = TestData.Ikm();
                    invalid["nib"] = "123";
                    return new Target("/api/v1/ikms", body, TestData.Ikm(), invalid, () => CountAsync($"/api/v1/ikms?q={body["nib"]!.GetValue<string>()}"));
                }

            case "industries":
                {
                    var body = TestData.Industry();
                    var invalid = TestData.Industry();
                    invalid["kecamatan"] = "Mars";
                    return new Target("/api/v1/industries", body, TestData.Industry(), invalid, () => CountAsync($"/api/v1/industries?q={body["nib"]!.GetValue<string>()}"));
                }

            case "needs":
                {
                    var industry = await _api.CreateIndustryAsync();
                    var invalid = NeedTestData.Need(industry.Id, monthlyVolume: 0);
                    return new Target(
                        "/api/v1/needs",
                        NeedTestData.Need(industry.Id),
                        NeedTestData.Need(industry.Id, title: "Fabrikasi rak lain"),
                        invalid,
                        () => CountAsync($"/api/v1/needs?industryId={industry.Id}"));
                }

            case "partnerships":
                {
                    var industry = await _api.CreateIndustryAsync();
                    var ikm = await _api.CreateIkmAsync();
                    var invalid = PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id);
                    invalid["pattern"] = "Bogus";
                    return new Target(
                        "/api/v1/partnerships",
                        PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id),
                        PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id, pattern: "Franchise"),
                        invalid,
                        () => CountAsync($"/api/v1/partnerships?ikmId={ikm.Id}"));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(route), route, null);
        }
    }

    private async Task<int> CountAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["totalCount"]!.GetValue<int>();
    }

    private Task<HttpResponseMessage> PostAsync(string url, JsonNode body, params string[] keys)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (keys.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(Header, keys).ShouldBeTrue();
        }

        return Client.SendAsync(request);
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    private static string? ReplayedHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Replayed, out var values) ? string.Join(",", values) : null;

    private sealed record Answer(HttpStatusCode Status, string Body, string? Location, string? ETag, string? ContentType, string? Replayed);

    private static async Task<Answer> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        await response.Content.ReadAsStringAsync(),
        response.Headers.Location?.ToString(),
        response.Headers.ETag?.Tag,
        response.Content.Headers.ContentType?.ToString(),
        ReplayedHeader(response));

    // ---- replay ----------------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Create_SameKeySameBody_ReplaysTheFirstAnswerAndCreatesOnce(string route)
    {
        var target = await TargetAsync(route);
        var key = NewKey();

        var first = await ReadAsync(await PostAsync(target.Url, target.Body, key));
        var second = await ReadAsync(await PostAsync(target.Url, target.Body, key));
        var third = await ReadAsync(await PostAsync(target.Url, target.Body, key));

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        first.Replayed.ShouldBeNull();
        first.Location.ShouldNotBeNull();
        first.ETag.ShouldBe("\"1\"");
        foreach (var replay in new[] { second, third })
        {
            replay.Status.ShouldBe(HttpStatusCode.Created, replay.Body);
            replay.Body.ShouldBe(first.Body);
            replay.Location.ShouldBe(first.Location);
            replay.ETag.ShouldBe(first.ETag);
            replay.ContentType.ShouldBe(first.ContentType);
            replay.Replayed.ShouldBe("true");
        }

        (await target.CountAsync()).ShouldBe(1);
        var id = JsonNode.Parse(first.Body)!["id"]!.GetValue<string>();
        first.Location.ShouldEndWith(id);
        (await Client.GetAsync(first.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Create_SameKeyDifferentBody_Returns422AndCreatesNothingMore(string route)
    {
        var target = await TargetAsync(route);
        var key = NewKey();
        (await PostAsync(target.Url, target.Body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await PostAsync(target.Url, target.OtherBody, key);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString()!.ShouldContain(Header);
        ReplayedHeader(response).ShouldBeNull();
        (await target.CountAsync()).ShouldBe(1);
        (await PostAsync(target.Url, target.Body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await target.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Create_TenAtOnceWithOneKey_CreatesOneAndAnswers201Or409(string route)
    {
        var target = await TargetAsync(route);
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => PostAsync(target.Url, target.Body.DeepClone(), key))));

        var answers = new List<Answer>();
        foreach (var response in responses)
        {
            answers.Add(await ReadAsync(response));
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe("Request in progress");
            }
        }

        var described = string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Replayed} {a.Body}"));
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Created || a.Status == HttpStatusCode.Conflict, described);
        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        created.ShouldNotBeEmpty(described);
        created.Count(a => a.Replayed is null).ShouldBe(1, described);
        created.Select(a => a.Body).Distinct().ShouldHaveSingleItem(described);
        (await target.CountAsync()).ShouldBe(1);

        var after = await ReadAsync(await PostAsync(target.Url, target.Body, key));
        after.Status.ShouldBe(HttpStatusCode.Created);
        after.Replayed.ShouldBe("true");
        after.Body.ShouldBe(created[0].Body);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Create_ValidationFailure_IsKeptAndReplayedAsTheSame400(string route)
    {
        var target = await TargetAsync(route);
        var key = NewKey();

        var first = await ReadAsync(await PostAsync(target.Url, target.InvalidBody, key));
        var second = await ReadAsync(await PostAsync(target.Url, target.InvalidBody, key));

        first.Status.ShouldBe(HttpStatusCode.BadRequest, first.Body);
        first.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        first.Replayed.ShouldBeNull();
        second.Status.ShouldBe(HttpStatusCode.BadRequest);
        second.Body.ShouldBe(first.Body);
        second.ContentType.ShouldBe(first.ContentType);
        second.Replayed.ShouldBe("true");
        (await target.CountAsync()).ShouldBe(0);

        // The key is spent on the invalid request: the corrected body needs a new key.
        var corrected = await PostAsync(target.Url, target.Body, key);
        await corrected.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await PostAsync(target.Url, target.Body, NewKey())).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await target.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Create_ConflictAnswer_IsKeptAndReplayed()
    {
        var existing = await _api.CreateIkmAsync();
        var duplicate = TestData.Ikm(nib: existing.Nib);
        var key = NewKey();

        var first = await ReadAsync(await PostAsync("/api/v1/ikms", duplicate, key));
        var second = await ReadAsync(await PostAsync("/api/v1/ikms", duplicate, key));

        first.Status.ShouldBe(HttpStatusCode.Conflict, first.Body);
        second.Status.ShouldBe(HttpStatusCode.Conflict);
        second.Body.ShouldBe(first.Body);
        second.Replayed.ShouldBe("true");
    }

    // ---- malformed keys --------------------------------------------------------------------------------------------

    public static readonly TheoryData<string, string> BadKeys = new()
    {
        { "300 characters", new string('k', 300) },
        { "256 characters", new string('k', 256) },
        { "non-ASCII", "kunci-é-😀" },
        { "space inside", "kunci rahasia" },
        { "control character", "kunci\tsatu" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Create_MalformedKey_Returns400AndCreatesNothing(string what, string key)
    {
        var target = await TargetAsync("needs");

        var response = await PostAsync(target.Url, target.Body, key);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("title").GetString().ShouldBe("Invalid Idempotency-Key", what);
        problem.GetProperty("detail").GetString()!.ShouldContain("255");
        (await target.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_EmptyKey_Returns400AndCreatesNothing(string key)
    {
        // HttpClient drops an empty header value; a raw request sends it as a client may.
        var target = await TargetAsync("needs");
        var body = Encoding.UTF8.GetBytes(target.Body.ToJsonString());

        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = target.Url;
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
            c.Request.Headers[Header] = key;
            c.Request.Headers[TestAuth.HeaderName] = TestAuth.AdminKey;
        });

        context.Response.StatusCode.ShouldBe(400);
        context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        var problem = await JsonNode.ParseAsync(context.Response.Body);
        problem!["title"]!.GetValue<string>().ShouldBe("Invalid Idempotency-Key");
        (await target.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Create_TwoKeyValues_Returns400AndCreatesNothing()
    {
        var target = await TargetAsync("needs");

        var response = await PostAsync(target.Url, target.Body, NewKey(), NewKey());

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("title").GetString().ShouldBe("Invalid Idempotency-Key");
        (await target.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Create_KeyOf255VisibleAsciiCharacters_IsAccepted()
    {
        var target = await TargetAsync("needs");
        var key = string.Concat(Enumerable.Range(0, 255).Select(i => (char)('!' + (i % 94))));

        var first = await ReadAsync(await PostAsync(target.Url, target.Body, key));
        var second = await ReadAsync(await PostAsync(target.Url, target.Body, key));

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        second.Replayed.ShouldBe("true");
        second.Body.ShouldBe(first.Body);
        (await target.CountAsync()).ShouldBe(1);
    }

    // ---- keys across routes and callers ----------------------------------------------------------------------------

    [Fact]
    public async Task Create_SameKeyOnAnotherRoute_IsADifferentRequest_Returns422()
    {
        var industries = await TargetAsync("industries");
        var ikms = await TargetAsync("ikms");
        var key = NewKey();
        (await PostAsync(industries.Url, industries.Body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await PostAsync(ikms.Url, ikms.Body, key);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await ikms.CountAsync()).ShouldBe(0);
        (await industries.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Create_SameBodyOnTheSameRouteWithAnotherKey_IsANewRequest()
    {
        var target = await TargetAsync("needs");

        var first = await ReadAsync(await PostAsync(target.Url, target.Body, NewKey()));
        var second = await ReadAsync(await PostAsync(target.Url, target.Body, NewKey()));

        first.Status.ShouldBe(HttpStatusCode.Created);
        second.Status.ShouldBe(HttpStatusCode.Created);
        second.Replayed.ShouldBeNull();
        second.Location.ShouldNotBe(first.Location);
        (await target.CountAsync()).ShouldBe(2);
    }

    // ---- without the header ----------------------------------------------------------------------------------------

    [Fact]
    public async Task Create_WithoutKey_ADuplicateProposalIsHandledAgainNotReplayed()
    {
        var target = await TargetAsync("partnerships");

        var first = await ReadAsync(await PostAsync(target.Url, target.Body));
        var second = await ReadAsync(await PostAsync(target.Url, target.Body));

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        second.Status.ShouldBe(HttpStatusCode.Conflict, second.Body); // one running direct partnership per industry and IKM
        second.Replayed.ShouldBeNull();
        (await target.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData("needs")]
    public async Task Create_WithoutKey_EveryRequestCreatesAndNothingIsReplayed(string route)
    {
        var target = await TargetAsync(route);

        var first = await ReadAsync(await PostAsync(target.Url, target.Body));
        var second = await ReadAsync(await PostAsync(target.Url, target.Body));

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        second.Status.ShouldBe(HttpStatusCode.Created, second.Body);
        first.Replayed.ShouldBeNull();
        second.Replayed.ShouldBeNull();
        second.Location.ShouldNotBe(first.Location);
        (await target.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task NonCreateRoutes_IgnoreTheHeader()
    {
        var partnership = await _api.InStatusAsync("Proposed");
        var key = NewKey();

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partnerships/{partnership.Id}/accept");
        request.Headers.TryAddWithoutValidation(Header, key);
        var accepted = await Client.SendAsync(request);
        var again = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partnerships/{partnership.Id}/accept");
        again.Headers.TryAddWithoutValidation(Header, key);
        var secondAccept = await Client.SendAsync(again);

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReplayedHeader(secondAccept).ShouldBeNull();
        await secondAccept.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var get = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/partnerships/{partnership.Id}");
        get.Headers.TryAddWithoutValidation(Header, string.Empty);
        (await Client.SendAsync(get)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
