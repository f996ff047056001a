using System.Net;
using System.Security.Cryptography;
using System.Text;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// <c>/api/v1/api-keys</c>: admins issue keys bound to a role (and to an IKM or industry), the secret is shown once and
/// stored only as its SHA-256, lists never show it, and a revoked key stops working with the very next request.
/// </summary>
public sealed class ApiKeyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    public static TheoryData<string> Roles => ["admin", "integration", "industry", "ikm"];

    public static TheoryData<string> NonAdminRoles => ["integration", "industry", "ikm"];

    [Theory]
    [InlineData("ikm", "ikms")]
    [InlineData("industry", "industries")]
    public async Task Key_OfAnArchivedRecord_StopsWorkingWithIt(string role, string resource)
    {
        var key = await AuthTestKeys.IssueBoundAsync(_admin, role);
        var client = factory.CreateClient(key.Key);
        var id = key.IkmId ?? key.IndustryId!.Value;
        (await client.GetAsync($"/api/v1/{resource}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _admin.DeleteAsync($"/api/v1/{resource}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = await client.GetAsync($"/api/v1/{resource}/{id}");
        var challenges = await refused.ShouldBeUnauthorizedAsync();
        challenges.ShouldNotBeEmpty();
        (await refused.Content.ReadAsStringAsync()).ShouldContain("archived");
        (await _admin.GetAsync($"/api/v1/{resource}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK); // the record itself stays readable
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Issue_EachRole_Returns201WithASecretThatWorksAtOnce(string role)
    {
        var ikm = role == "ikm" ? await AuthTestKeys.CreateIkmAsync(_admin) : null;
        var industry = role == "industry" ? await AuthTestKeys.CreateIndustryAsync(_admin) : null;
        var name = AuthTestKeys.NewName(role);

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name, role, ikmId = ikm?.Id, industryId = industry?.Id });

        var issued = await response.ShouldBeAsync<IssuedKeyDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{AuthTestKeys.Route}/{issued.Id}");
        issued.Name.ShouldBe(name);
        issued.Role.ShouldBe(role);
        issued.IkmId.ShouldBe(ikm?.Id);
        issued.IndustryId.ShouldBe(industry?.Id);
        issued.Key.ShouldStartWith("ikm_");
        issued.Key.Length.ShouldBeGreaterThanOrEqualTo(40);
        issued.Key.ShouldNotContain(TestAuth.AdminKey);

        var use = await factory.CreateClient(issued.Key).GetAsync(AuthTestKeys.AllowedRoute(issued));
        use.StatusCode.ShouldBe(HttpStatusCode.OK, await use.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Issue_TwoKeys_HaveDifferentSecrets()
    {
        var first = await AuthTestKeys.IssueAsync(_admin, "integration");
        var second = await AuthTestKeys.IssueAsync(_admin, "integration");

        second.Key.ShouldNotBe(first.Key);
        second.Id.ShouldNotBe(first.Id);
    }

    [Fact]
    public async Task List_NeverShowsTheSecret_ShowsItsPrefixWhoIssuedItAndItsLastUse()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");

        var before = await _admin.GetAsync($"{AuthTestKeys.Route}?pageSize=100");
        var beforeJson = await before.Content.ReadAsStringAsync();
        before.StatusCode.ShouldBe(HttpStatusCode.OK, beforeJson);
        beforeJson.ShouldNotContain(issued.Key);
        beforeJson.ShouldNotContain(issued.Key[10..]);
        var listed = (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id);
        listed.Name.ShouldBe(issued.Name);
        listed.Role.ShouldBe("integration");
        listed.KeyPrefix.ShouldNotBeNullOrEmpty();
        issued.Key.ShouldStartWith(listed.KeyPrefix);
        listed.KeyPrefix.Length.ShouldBeLessThan(issued.Key.Length / 2);
        listed.CreatedBy.ShouldBe("bootstrap-admin");
        listed.CreatedAt.ShouldBe(issued.CreatedAt);
        listed.LastUsedAt.ShouldBeNull();
        listed.RevokedAt.ShouldBeNull();
        listed.RevokedBy.ShouldBeNull();

        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        (await factory.CreateClient(issued.Key).GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await _admin.GetAsync($"{AuthTestKeys.Route}?pageSize=100");
        var afterJson = await after.Content.ReadAsStringAsync();
        afterJson.ShouldNotContain(issued.Key);
        var used = (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id);
        used.LastUsedAt.ShouldNotBeNull();
        used.LastUsedAt.Value.ShouldBeGreaterThanOrEqualTo(start);
        used.LastUsedAt.Value.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Issue_StoresTheSha256OfTheSecretAndNeverTheSecret()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");

        var (hash, prefix) = await AuthDatabaseScan.HashAndPrefixAsync(factory.ConnectionString, issued.Id);

        hash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Key)));
        issued.Key.ShouldStartWith(prefix);
        prefix.Length.ShouldBeLessThan(issued.Key.Length / 2);
        (await AuthDatabaseScan.PlacesHoldingAsync(factory.ConnectionString, issued.Key)).ShouldBeEmpty();
        (await AuthDatabaseScan.PlacesHoldingAsync(factory.ConnectionString, issued.Key[10..])).ShouldBeEmpty();
    }

    [Fact]
    public async Task Issue_WithIdempotencyKey_StillStoresTheSecretNowhere()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AuthTestKeys.Route)
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = AuthTestKeys.NewName("integration"), role = "integration" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var issued = await (await _admin.SendAsync(request)).ShouldBeAsync<IssuedKeyDto>(HttpStatusCode.Created);

        (await AuthDatabaseScan.PlacesHoldingAsync(factory.ConnectionString, issued.Key[10..])).ShouldBeEmpty();
    }

    [Fact]
    public async Task Revoke_TheVeryNextRequestWithTheKeyIs401_AndTheKeyStaysListedAsRevoked()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");
        var client = factory.CreateClient(issued.Key);
        (await client.GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);

        var revoke = await _admin.DeleteAsync($"{AuthTestKeys.Route}/{issued.Id}");

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent, await revoke.Content.ReadAsStringAsync());
        await (await client.GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeUnauthorizedAsync();

        var revoked = (await AuthTestKeys.ListAsync(_admin, "revoked=true&pageSize=100")).Single(k => k.Id == issued.Id);
        revoked.RevokedAt.ShouldNotBeNull();
        revoked.RevokedAt.Value.ShouldBeGreaterThanOrEqualTo(start);
        revoked.RevokedBy.ShouldBe("bootstrap-admin");
        (await AuthTestKeys.ListAsync(_admin, "revoked=false&pageSize=100")).ShouldNotContain(k => k.Id == issued.Id);

        var again = await _admin.DeleteAsync($"{AuthTestKeys.Route}/{issued.Id}");

        again.StatusCode.ShouldBe(HttpStatusCode.NoContent, await again.Content.ReadAsStringAsync());
        (await AuthTestKeys.ListAsync(_admin, "revoked=true&pageSize=100")).Single(k => k.Id == issued.Id).RevokedAt.ShouldBe(revoked.RevokedAt);
        await (await client.GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
    }

    [Fact]
    public async Task List_NewestFirst_Paged()
    {
        var older = await AuthTestKeys.IssueAsync(_admin, "integration");
        var newer = await AuthTestKeys.IssueAsync(_admin, "integration");

        var page = await (await _admin.GetAsync($"{AuthTestKeys.Route}?pageSize=1")).ShouldBeAsync<PageDto<ListedKeyDto>>(HttpStatusCode.OK);

        page.Items.ShouldHaveSingleItem().Id.ShouldBe(newer.Id);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        var all = await AuthTestKeys.ListAsync(_admin);
        all.FindIndex(k => k.Id == newer.Id).ShouldBeLessThan(all.FindIndex(k => k.Id == older.Id));
    }

    [Theory]
    [InlineData("revoked=maybe", "revoked")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_BadQuery_Returns400NamingTheParameter(string query, string field)
    {
        var response = await _admin.GetAsync($"{AuthTestKeys.Route}?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Revoke_UnknownId_Returns404Problem()
    {
        var response = await _admin.DeleteAsync($"{AuthTestKeys.Route}/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Issue_DuplicateName_Returns409AndIssuesNothing()
    {
        var first = await AuthTestKeys.IssueAsync(_admin, "integration");
        var before = (await AuthTestKeys.ListAsync(_admin)).Count;

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = first.Name, role = "admin" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await AuthTestKeys.ListAsync(_admin)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Issue_NameOfARevokedKey_Returns409()
    {
        var first = await AuthTestKeys.IssueAsync(_admin, "integration");
        (await _admin.DeleteAsync($"{AuthTestKeys.Route}/{first.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = first.Name, role = "integration" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("bootstrap-admin")]
    [InlineData("Bootstrap-Admin")]
    [InlineData(" bootstrap-admin ")]
    public async Task Issue_NameOfTheBootstrapKey_Returns400NamingName(string name)
    {
        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name, role = "admin" });

        await response.ShouldBeValidationProblemAsync("name");
    }

    [Theory]
    [InlineData("ikm", "ikmId", false, false)]
    [InlineData("industry", "industryId", false, false)]
    [InlineData("admin", "ikmId", true, false)]
    [InlineData("admin", "industryId", false, true)]
    [InlineData("integration", "ikmId", true, false)]
    [InlineData("integration", "industryId", false, true)]
    [InlineData("ikm", "industryId", true, true)]
    [InlineData("industry", "ikmId", true, true)]
    public async Task Issue_BindingThatDoesNotFitTheRole_Returns400NamingTheField(string role, string field, bool withIkm, bool withIndustry)
    {
        var ikmId = withIkm ? (await AuthTestKeys.CreateIkmAsync(_admin)).Id : (Guid?)null;
        var industryId = withIndustry ? (await AuthTestKeys.CreateIndustryAsync(_admin)).Id : (Guid?)null;
        var before = (await AuthTestKeys.ListAsync(_admin)).Count;

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName(role), role, ikmId, industryId });

        await response.ShouldBeValidationProblemAsync(field);
        (await AuthTestKeys.ListAsync(_admin)).Count.ShouldBe(before);
    }

    [Theory]
    [InlineData("ikm", "ikmId")]
    [InlineData("industry", "industryId")]
    public async Task Issue_BoundToAnUnknownRecord_Returns400NamingTheField(string role, string field)
    {
        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new Dictionary<string, object>
        {
            ["name"] = AuthTestKeys.NewName(role),
            ["role"] = role,
            [field] = Guid.NewGuid(),
        });

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Issue_BoundToAnArchivedIkm_Returns409()
    {
        var ikm = await AuthTestKeys.CreateIkmAsync(_admin);
        (await _admin.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("ikm"), role = "ikm", ikmId = ikm.Id });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Issue_BoundToAnArchivedIndustry_Returns409()
    {
        var industry = await AuthTestKeys.CreateIndustryAsync(_admin);
        (await _admin.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("industry"), role = "industry", industryId = industry.Id });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("admin,ikm")]
    [InlineData("")]
    public async Task Issue_UnknownRole_Returns400(string role)
    {
        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("x"), role });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Issue_RoleAsNumber_Returns400()
    {
        var response = await _admin.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("x"), role = 0 });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task KeyRoutes_WithoutCredentials_Return401()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");
        var anonymous = factory.CreateAnonymousClient();

        await (await anonymous.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("admin"), role = "admin" })).ShouldBeUnauthorizedAsync();
        await (await anonymous.GetAsync(AuthTestKeys.Route)).ShouldBeUnauthorizedAsync();
        await (await anonymous.DeleteAsync($"{AuthTestKeys.Route}/{issued.Id}")).ShouldBeUnauthorizedAsync();

        (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id).RevokedAt.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(NonAdminRoles))]
    public async Task KeyRoutes_NonAdminKey_Returns403AndChangesNothing(string role)
    {
        var caller = factory.CreateClient((await AuthTestKeys.IssueBoundAsync(_admin, role)).Key);
        var target = await AuthTestKeys.IssueAsync(_admin, "integration");
        var before = await AuthTestKeys.ListAsync(_admin);

        await (await caller.PostJsonAsync(AuthTestKeys.Route, new { name = AuthTestKeys.NewName("admin"), role = "admin" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.GetAsync(AuthTestKeys.Route)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.DeleteAsync($"{AuthTestKeys.Route}/{target.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.DeleteAsync($"{AuthTestKeys.Route}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var after = await AuthTestKeys.ListAsync(_admin);
        after.Select(k => (k.Id, k.RevokedAt)).ShouldBe(before.Select(k => (k.Id, k.RevokedAt)));
        (await factory.CreateClient(target.Key).GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminKey_CanIssueAndRevokeKeys_AndIsRecordedAsTheIssuer()
    {
        var admin = await AuthTestKeys.IssueAsync(_admin, "admin");
        var client = factory.CreateClient(admin.Key);

        var issued = await AuthTestKeys.IssueAsync(client, "integration");
        (await client.DeleteAsync($"{AuthTestKeys.Route}/{issued.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var listed = (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id);
        listed.CreatedBy.ShouldBe(admin.Name);
        listed.RevokedBy.ShouldBe(admin.Name);
    }
}
