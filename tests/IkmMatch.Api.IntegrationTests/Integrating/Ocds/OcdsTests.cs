using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Integrating.Ocds;

/// <summary><c>/ocds/releases</c> and <c>/ocds/records/{needId}</c>, validated against the OCDS 1.1 schemas.</summary>
public sealed class OcdsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(IndustryDto Industry, NeedDto Need, IkmDto Ikm, Guid Partnership)> NeedWithACompletedPartnershipAsync()
    {
        var industry = await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        var need = await (await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id))).ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var partnership = (await (await _client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id)))
            .ShouldBeAsync<JsonObject>(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        foreach (var action in new[] { "accept", "activate", "complete" })
        {
            var response = await _client.PostJsonAsync($"/api/v1/partnerships/{partnership}/{action}", PartnershipTestData.ValidBody(action));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        return (industry, need, ikm, partnership);
    }

    [Fact]
    public async Task Releases_NeedsInEveryStage_AreAValidReleasePackageWithTenderAwardContractAndParties()
    {
        var (industry, need, ikm, partnership) = await NeedWithACompletedPartnershipAsync();
        var open = await (await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id, kbli: "14120", title: "Seragam kerja", unit: "pcs", budget: null))).ShouldBeAsync<NeedDto>(HttpStatusCode.Created);

        var response = await _client.GetAsync("/api/v1/ocds/releases?pageSize=100");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var package = JsonNode.Parse(text)!;
        OcdsSchemas.ReleasePackageErrors(package).ShouldBeEmpty();
        package["version"]!.GetValue<string>().ShouldBe("1.1");
        var releases = package["releases"]!.AsArray();
        var release = releases.Single(r => r!["tender"]!["id"]!.GetValue<string>() == need.Id.ToString())!;
        release["ocid"]!.GetValue<string>().ShouldBe($"ocds-ikmcgn-{need.Id}");
        release["tag"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["tender", "award", "contract"]);
        release["tender"]!["items"]![0]!["classification"]!.ToJsonString().ShouldBe("{\"scheme\":\"KBLI\",\"id\":\"25111\"}");
        release["buyer"]!["id"]!.GetValue<string>().ShouldBe($"ID-NIB-{industry.Nib}");
        var supplier = release["parties"]!.AsArray().Single(p => p!["roles"]![0]!.GetValue<string>() == "supplier")!;
        supplier["id"]!.GetValue<string>().ShouldBe($"ID-NIB-{ikm.Nib}");
        supplier["details"]!["scale"]!.GetValue<string>().ShouldBe("sme");
        var award = release["awards"]![0]!;
        award["id"]!.GetValue<string>().ShouldBe(partnership.ToString());
        award["suppliers"]![0]!["id"]!.GetValue<string>().ShouldBe(supplier["id"]!.GetValue<string>());
        var contract = release["contracts"]![0]!;
        (contract["awardID"]!.GetValue<string>(), contract["status"]!.GetValue<string>()).ShouldBe((partnership.ToString(), "terminated"));
        contract["value"]!["currency"]!.GetValue<string>().ShouldBe("IDR");
        var openRelease = releases.Single(r => r!["tender"]!["id"]!.GetValue<string>() == open.Id.ToString())!;
        openRelease["tender"]!["status"]!.GetValue<string>().ShouldBe("active");
        openRelease["awards"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Releases_NeverCarryPersonalData()
    {
        await NeedWithACompletedPartnershipAsync();

        var text = await _client.GetStringAsync("/api/v1/ocds/releases?pageSize=100");

        // The IKM owner's name, email, phone and street address, and the industry's contact person, as TestData writes them.
        foreach (var personal in new[] { "Siti Rahma", "siti@contoh.id", "+62 812 1111 2222", "Jl. Raya Anyer 12", "Budi", "pengadaan@contoh.id", "+62 254 000", "Jl. Industri 5" })
        {
            text.ShouldNotContain(personal);
        }
    }

    [Fact]
    public async Task Record_OfANeed_IsAValidRecordPackageWithItsCompiledRelease()
    {
        var (_, need, _, _) = await NeedWithACompletedPartnershipAsync();

        var response = await _client.GetAsync($"/api/v1/ocds/records/{need.Id}");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var package = JsonNode.Parse(text)!;
        OcdsSchemas.RecordPackageErrors(package).ShouldBeEmpty();
        var record = package["records"]!.AsArray().ShouldHaveSingleItem()!;
        record["ocid"]!.GetValue<string>().ShouldEndWith(need.Id.ToString());
        record["compiledRelease"]!["awards"]!.AsArray().Count.ShouldBe(1);
        record.AsObject().ContainsKey("versionedRelease").ShouldBeFalse();
        (await _client.GetAsync($"/api/v1/ocds/records/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Releases_Paged_LinkToTheNextPageAndEachPageIsValid()
    {
        await NeedWithACompletedPartnershipAsync();
        await NeedWithACompletedPartnershipAsync();

        var first = JsonNode.Parse(await _client.GetStringAsync("/api/v1/ocds/releases?pageSize=1"))!;
        var next = first["links"]!["next"]!.GetValue<string>();
        var second = JsonNode.Parse(await _client.GetStringAsync(new Uri(next).PathAndQuery))!;

        OcdsSchemas.ReleasePackageErrors(first).ShouldBeEmpty();
        OcdsSchemas.ReleasePackageErrors(second).ShouldBeEmpty();
        first["releases"]!.AsArray().Count.ShouldBe(1);
        second["releases"]![0]!["ocid"]!.GetValue<string>().ShouldNotBe(first["releases"]![0]!["ocid"]!.GetValue<string>());
        second["links"]!["prev"].ShouldNotBeNull();
    }

    [Fact]
    public void Schema_RefusesAReleaseMissingWhatOcdsRequires()
    {
        // The validator is live: a package whose release lacks ocid, id, date, tag and initiationType fails.
        var package = JsonNode.Parse("""{ "version": "1.1", "releases": [ { "tender": { "id": "x" } } ] }""")!;

        OcdsSchemas.ReleasePackageErrors(package).ShouldNotBeEmpty();
    }
}
