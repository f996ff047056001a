using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// Bearer tokens (<c>Auth:Jwt</c> with a test signing key, issuer and audience): role and binding come from the
/// claims, the subject is recorded as the actor, and a token that is expired, badly signed or for someone else is a 401.
/// </summary>
public sealed class JwtTests(AuthJwtApiFactory factory) : IClassFixture<AuthJwtApiFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    private static async Task ShouldBeInvalidTokenAsync(HttpResponseMessage response)
    {
        var challenges = await response.ShouldBeUnauthorizedAsync();
        challenges.ShouldContain("Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task BadApiKey_OnAHostTakingTokens_OffersBothSchemesWithoutBlamingAToken()
    {
        var response = await factory.CreateAnonymousClient().WithKey("ikm_not-a-key-of-this-installation").GetAsync("/api/v1/ikms");

        var challenges = await response.ShouldBeUnauthorizedAsync();
        challenges.ShouldBe(["ApiKey header=\"X-Api-Key\"", "Bearer"]);
    }

    [Fact]
    public async Task IkmToken_ReadsItsOwnIkm_AndGets403OnAnother()
    {
        var own = await AuthTestKeys.CreateIkmAsync(_admin);
        var other = await AuthTestKeys.CreateIkmAsync(_admin);
        var client = factory.CreateBearerClient(AuthTestTokens.Create(sub: "portal-ikm-1", role: "ikm", ikmId: own.Id.ToString()));

        var read = await client.GetAsync($"/api/v1/ikms/{own.Id}");
        var foreign = await client.GetAsync($"/api/v1/ikms/{other.Id}");

        (await read.ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).Id.ShouldBe(own.Id);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsync($"/api/v1/ikms/{own.Id}/verify", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AdminToken_CreatesAnIkm_AndIssuesKeysAsItsSubject()
    {
        const string sub = "petugas-disperindag-7";
        var client = factory.CreateBearerClient(AuthTestTokens.Create(sub: sub, role: "admin"));

        var ikm = await AuthTestKeys.CreateIkmAsync(client);
        var issued = await AuthTestKeys.IssueAsync(client, "integration");

        (await _admin.GetAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id).CreatedBy.ShouldBe(sub);
    }

    [Fact]
    public async Task IkmToken_AcceptsAPartnershipProposedToItsIkm_RecordedAsItsSubject()
    {
        const string sub = "pemilik-ikm-42";
        var api = new PartnershipApi(_admin);
        var ikm = await api.CreateIkmAsync();
        var industry = await api.CreateIndustryAsync();
        var partnership = await api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
        var token = AuthTestTokens.Create(sub: sub, role: "ikm", ikmId: ikm.Id.ToString());

        var accepted = await new PartnershipApi(factory.CreateBearerClient(token)).MoveAsync(partnership.Id, "accept");

        accepted.Status.ShouldBe("Accepted");
        accepted.History.Select(e => e.Actor).ShouldBe(["bootstrap-admin", sub]);
        accepted.History.ShouldAllBe(e => !e.Actor.Contains(token));
    }

    [Fact]
    public async Task IndustryToken_ReadsItsOwnIndustryOnly()
    {
        var own = await AuthTestKeys.CreateIndustryAsync(_admin);
        var other = await AuthTestKeys.CreateIndustryAsync(_admin);
        var client = factory.CreateBearerClient(AuthTestTokens.Create(sub: "pengadaan-1", role: "industry", industryId: own.Id.ToString()));

        (await client.GetAsync($"/api/v1/industries/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync($"/api/v1/industries/{other.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ExpiredToken_Returns401()
    {
        var token = AuthTestTokens.Create(expires: DateTime.UtcNow.AddMinutes(-5));

        await ShouldBeInvalidTokenAsync(await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms"));
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_Returns401()
    {
        var token = AuthTestTokens.Create(signingKey: "another-signing-key-0123456789abcdef-0123456789");

        await ShouldBeInvalidTokenAsync(await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms"));
    }

    [Fact]
    public async Task UnsignedToken_Returns401()
    {
        var token = AuthTestTokens.Create(signingKey: string.Empty);

        await ShouldBeInvalidTokenAsync(await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms"));
    }

    [Fact]
    public async Task TokenForAnotherAudience_Returns401()
    {
        var token = AuthTestTokens.Create(audience: "another-api");

        await ShouldBeInvalidTokenAsync(await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms"));
    }

    [Fact]
    public async Task TokenFromAnotherIssuer_Returns401()
    {
        var token = AuthTestTokens.Create(issuer: "https://evil.example");

        await ShouldBeInvalidTokenAsync(await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms"));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task MalformedBearer_Returns401(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token).ShouldBeTrue();

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        await response.ShouldBeUnauthorizedAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("superuser")]
    [InlineData("")]
    public async Task TokenWithoutAKnownRole_Returns403(string? role)
    {
        var client = factory.CreateBearerClient(AuthTestTokens.Create(role: role));

        await (await client.GetAsync("/api/v1/ikms")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task IkmTokenWithoutAValidIkmId_Returns403(string? ikmId)
    {
        var ikm = await AuthTestKeys.CreateIkmAsync(_admin);
        var client = factory.CreateBearerClient(AuthTestTokens.Create(role: "ikm", ikmId: ikmId));

        await (await client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/v1/needs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(129)]
    public async Task TokenWithoutAUsableSubject_Returns401AndChangesNothing(object? sub)
    {
        var subject = sub is int length ? new string('s', length) : (string?)sub;
        var client = factory.CreateBearerClient(AuthTestTokens.Create(sub: subject, role: "admin"));
        var before = (await AuthTestKeys.ListAsync(_admin)).Count;

        await ShouldBeInvalidTokenAsync(await client.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("admin"), role = "admin" }));
        await ShouldBeInvalidTokenAsync(await client.GetAsync("/api/v1/ikms"));

        (await AuthTestKeys.ListAsync(_admin)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task TokenWithTheLongestSubject_IsRecordedWholeAndServedIdempotently()
    {
        var sub = new string('s', 128);
        var client = factory.CreateBearerClient(AuthTestTokens.Create(sub: sub, role: "admin"));
        using var create = PartnershipApi.Json(HttpMethod.Post, "/api/v1/ikms", TestData.Ikm());
        create.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var issued = await AuthTestKeys.IssueAsync(client, "integration");
        var created = await client.SendAsync(create);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id).CreatedBy.ShouldBe(sub);
    }

    [Fact]
    public async Task IndustryTokenWithoutIndustryId_Returns403()
    {
        var client = factory.CreateBearerClient(AuthTestTokens.Create(role: "industry"));

        await (await client.GetAsync("/api/v1/ikms")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NoCredentials_ChallengesForBothSchemes()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/api/v1/ikms");

        var challenges = await response.ShouldBeUnauthorizedAsync();
        challenges.ShouldBe(["ApiKey header=\"X-Api-Key\"", "Bearer"]);
    }

    [Fact]
    public async Task ApiKeys_StillWorkWhereTokensAreConfigured()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");

        (await factory.CreateClient(issued.Key).GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TokenSubjectNamedLikeAKey_DoesNotReplayThatKeysIdempotentCreate()
    {
        var key = await AuthTestKeys.IssueAsync(_admin, "admin");
        var token = AuthTestTokens.Create(sub: key.Name, role: "admin");
        var idempotencyKey = Guid.NewGuid().ToString();
        var body = TestData.Ikm();

        using var first = PartnershipApi.Json(HttpMethod.Post, "/api/v1/ikms", body);
        first.Headers.Add("Idempotency-Key", idempotencyKey);
        var created = await factory.CreateClient(key.Key).SendAsync(first);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        using var second = PartnershipApi.Json(HttpMethod.Post, "/api/v1/ikms", body);
        second.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await factory.CreateBearerClient(token).SendAsync(second);

        response.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict); // the same NIB again, as a new request
    }

    [Fact]
    public async Task Bearer_OnAHostWithoutJwt_Returns401ChallengingForApiKeysOnly()
    {
        await using var host = new ApiFactory();
        await host.InitializeAsync();
        var client = host.CreateAnonymousClient().WithBearer(AuthTestTokens.Create(role: "admin"));

        var response = await client.GetAsync("/api/v1/ikms");

        var challenges = await response.ShouldBeUnauthorizedAsync();
        challenges.ShouldBe(["ApiKey header=\"X-Api-Key\""]);
    }
}
