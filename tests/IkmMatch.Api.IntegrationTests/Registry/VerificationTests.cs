using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Registry;

/// <summary>
/// What "verified" means: Disperindag's POST /ikms/{id}/verify verifies the IKM and every certificate it holds; when the
/// IKM edits itself, a change of name or of its capabilities' KBLI clears the IKM's verification and a new or changed
/// certificate is unverified (a claim) while unchanged ones keep theirs; the IKM cannot change its NIB; the registry's
/// editors keep the verification; a duplicate NIB is a 409 naming no other record.
/// </summary>
public sealed class VerificationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    private async Task<(Guid Id, JsonObject Body, HttpClient Owner)> VerifiedIkmAsync()
    {
        var body = TestData.Ikm(certifications: [TestData.Certification("ISO9001"), TestData.Certification("SNI")]);
        var created = await _admin.PostAsJsonAsync("/api/v1/ikms", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = Guid.Parse(JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        var verified = await ReadAsync(await _admin.PostAsync($"/api/v1/ikms/{id}/verify", null));
        verified["verified"]!.GetValue<bool>().ShouldBeTrue();
        var key = await AuthTestKeys.IssueAsync(_admin, "ikm", ikmId: id);
        return (id, body, factory.CreateClient(key.Key));
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonNode.Parse(text)!;
    }

    private static bool[] CertificatesVerified(JsonNode ikm) =>
        [.. ikm["certifications"]!.AsArray().Select(c => c!["verified"]!.GetValue<bool>())];

    [Fact]
    public async Task Verify_VerifiesTheIkmAndEveryCertificateWithWhoAndWhen()
    {
        var (id, _, _) = await VerifiedIkmAsync();

        var ikm = await ReadAsync(await _admin.GetAsync($"/api/v1/ikms/{id}"));

        ikm["verifiedBy"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        foreach (var certificate in ikm["certifications"]!.AsArray())
        {
            certificate!["verified"]!.GetValue<bool>().ShouldBeTrue();
            certificate["verifiedAt"].ShouldNotBeNull();
            certificate["verifiedBy"]!.GetValue<string>().ShouldBe(ikm["verifiedBy"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("name")]
    [InlineData("kbli")]
    public async Task SelfEdit_NameOrKbli_ClearsTheIkmsVerification(string change)
    {
        var (id, body, owner) = await VerifiedIkmAsync();
        if (change == "name")
        {
            body["name"] = "CV Nama Baru Sekali";
        }
        else
        {
            body["capabilities"]![0]!["kbli"] = "25112";
        }

        var ikm = await ReadAsync(await owner.PutAsJsonAsync($"/api/v1/ikms/{id}", body));

        ikm["verified"]!.GetValue<bool>().ShouldBeFalse();
        ikm["verifiedAt"].ShouldBeNull();
        CertificatesVerified(ikm).ShouldBe([true, true]); // unchanged certificates keep theirs
    }

    [Fact]
    public async Task SelfEdit_AddedOrChangedCertificates_AreUnverifiedClaimsWhileTheRestKeepTheirs()
    {
        var (id, body, owner) = await VerifiedIkmAsync();
        body["certifications"]![1]!["validUntil"] = "2099-12-31";
        body["certifications"]!.AsArray().Add(TestData.Certification("TKDN", tkdnPercent: 100));

        var ikm = await ReadAsync(await owner.PutAsJsonAsync($"/api/v1/ikms/{id}", body));

        ikm["verified"]!.GetValue<bool>().ShouldBeTrue(); // name, NIB and KBLI unchanged
        CertificatesVerified(ikm).ShouldBe([true, false, false]);
    }

    [Fact]
    public async Task SelfEdit_Workforce_KeepsEveryVerification()
    {
        var (id, body, owner) = await VerifiedIkmAsync();
        body["workforce"] = 40;

        var ikm = await ReadAsync(await owner.PutAsJsonAsync($"/api/v1/ikms/{id}", body));

        ikm["verified"]!.GetValue<bool>().ShouldBeTrue();
        CertificatesVerified(ikm).ShouldBe([true, true]);
    }

    [Fact]
    public async Task SelfEdit_Nib_Returns403AndChangesNothing()
    {
        var (id, body, owner) = await VerifiedIkmAsync();
        var nib = body["nib"]!.GetValue<string>();
        body["nib"] = TestData.NewNib();

        var response = await owner.PutAsJsonAsync($"/api/v1/ikms/{id}", body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("NIB");
        var ikm = await ReadAsync(await _admin.GetAsync($"/api/v1/ikms/{id}"));
        ikm["nib"]!.GetValue<string>().ShouldBe(nib);
        ikm["verified"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task AdminEdit_NibAndName_KeepTheVerification()
    {
        var (id, body, _) = await VerifiedIkmAsync();
        body["nib"] = TestData.NewNib();
        body["name"] = "CV Nama Resmi OSS";

        var ikm = await ReadAsync(await _admin.PutAsJsonAsync($"/api/v1/ikms/{id}", body));

        ikm["nib"]!.GetValue<string>().ShouldBe(body["nib"]!.GetValue<string>());
        ikm["verified"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task VerifyAgain_AfterASelfEdit_VerifiesWhatWasClaimed()
    {
        var (id, body, owner) = await VerifiedIkmAsync();
        body["name"] = "CV Nama Baru";
        body["certifications"]!.AsArray().Add(TestData.Certification("SMK3"));
        await ReadAsync(await owner.PutAsJsonAsync($"/api/v1/ikms/{id}", body));

        var ikm = await ReadAsync(await _admin.PostAsync($"/api/v1/ikms/{id}/verify", null));

        ikm["verified"]!.GetValue<bool>().ShouldBeTrue();
        CertificatesVerified(ikm).ShouldBe([true, true, true]);
    }

    [Fact]
    public async Task DuplicateNib_OnCreateOrUpdate_Returns409NamingNoOtherRecord()
    {
        var (id, body, _) = await VerifiedIkmAsync();
        var other = TestData.Ikm();
        var otherCreated = await ReadAsync(await _admin.PostAsJsonAsync("/api/v1/ikms", other));
        var otherId = otherCreated["id"]!.GetValue<string>();

        var create = await _admin.PostAsJsonAsync("/api/v1/ikms", TestData.Ikm(nib: body["nib"]!.GetValue<string>()));
        other["nib"] = body["nib"]!.GetValue<string>();
        var update = await _admin.PutAsJsonAsync($"/api/v1/ikms/{otherId}", other);

        foreach (var response in new[] { create, update })
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.GetRawText().ShouldNotContain(id.ToString());
        }
    }
}
