using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Registry;

/// <summary>List filters and paging over a small registry of known IKM, in a database of its own.</summary>
public sealed class IkmListTests(IkmListTests.Registry registry) : IClassFixture<IkmListTests.Registry>
{
    private readonly HttpClient _client = registry.Factory.CreateClient();

    public sealed class Registry : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            var client = Factory.CreateClient();
            var ikms = new[]
            {
                TestData.Ikm(nib: "9000000000001", name: "CV Baja Las Mandiri", kecamatan: "Ciwandan",
                    capabilities: [TestData.Capability("25111")], certifications: [TestData.Certification("ISO9001", "2030-01-01")]),
                TestData.Ikm(nib: "9000000000002", name: "UD Bubut Presisi", kecamatan: "Citangkil",
                    capabilities: [TestData.Capability("25920", 400, "hour")], certifications: [TestData.Certification("ISO9001", "2020-01-01")]),
                TestData.Ikm(nib: "9000000000003", name: "CV Katering Berkah", kecamatan: "Ciwandan",
                    capabilities: [TestData.Capability("56290", 3000, "pax")], certifications: [TestData.Certification("Halal", null)]),
                TestData.Ikm(nib: "9000000000004", name: "cv baja ringan cilegon", kecamatan: "Jombang",
                    capabilities: [TestData.Capability("25119"), TestData.Capability("33119", 50, "pcs")], certifications: []),
                TestData.Ikm(nib: "9000000000005", name: "PT Majun 50% Bersih", kecamatan: "Outside",
                    capabilities: [TestData.Capability("13929", 2000, "kg")], certifications: []),
            };
            var ids = new List<Guid>();
            foreach (var ikm in ikms)
            {
                var created = await (await client.PostJsonAsync("/api/v1/ikms", ikm)).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
                ids.Add(created.Id);
            }

            (await client.PostAsync($"/api/v1/ikms/{ids[0]}/verify", null)).EnsureSuccessStatusCode();
            (await client.PostAsync($"/api/v1/ikms/{ids[2]}/verify", null)).EnsureSuccessStatusCode();
            var archived = await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(nib: "9000000000006", name: "CV Baja Arsip"))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
            (await client.DeleteAsync($"/api/v1/ikms/{archived.Id}")).EnsureSuccessStatusCode();
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<List<string>> NibsAsync(string query)
    {
        var page = await (await _client.GetAsync($"/api/v1/ikms?{query}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(page.Items.Count);
        return [.. page.Items.Select(i => i.Nib[^1..])];
    }

    [Theory]
    [InlineData("", "1,4,3,5,2")]
    [InlineData("q=baja", "1,4")]
    [InlineData("q=BAJA%20LAS", "1")]
    [InlineData("q=900000000000", "1,4,3,5,2")]
    [InlineData("q=50%25", "5")]
    [InlineData("q=_", "")]
    [InlineData("kecamatan=Ciwandan", "1,3")]
    [InlineData("kecamatan=Outside", "5")]
    [InlineData("kbli=25", "1,4,2")]
    [InlineData("kbli=251", "1,4")]
    [InlineData("kbli=25111", "1")]
    [InlineData("kbli=33", "4")]
    [InlineData("certification=ISO9001", "1")]
    [InlineData("certification=Halal", "3")]
    [InlineData("verified=true", "1,3")]
    [InlineData("verified=false", "4,5,2")]
    [InlineData("kecamatan=Ciwandan&verified=true&kbli=56", "3")]
    public async Task ListIkms_Filter_ReturnsExactlyTheMatchingActiveIkmByNameIgnoringCase(string query, string expected)
    {
        var nibs = await NibsAsync(query);

        nibs.ShouldBe(expected.Length == 0 ? [] : expected.Split(','));
    }

    [Fact]
    public async Task ListIkms_Paging_ReturnsEnvelopeAndConsistentPages()
    {
        var first = await (await _client.GetAsync("/api/v1/ikms?page=1&pageSize=2")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        var third = await (await _client.GetAsync("/api/v1/ikms?page=3&pageSize=2")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        var beyond = await (await _client.GetAsync("/api/v1/ikms?page=9&pageSize=2")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);

        first.Page.ShouldBe(1);
        first.PageSize.ShouldBe(2);
        first.TotalCount.ShouldBe(5);
        first.Items.Select(i => i.Nib[^1..]).ShouldBe(["1", "4"]);
        third.Items.Select(i => i.Nib[^1..]).ShouldBe(["2"]);
        beyond.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(5);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("kbli=2", "kbli")]
    [InlineData("kbli=251111", "kbli")]
    [InlineData("kbli=ab", "kbli")]
    [InlineData("kecamatan=Serang", "kecamatan")]
    [InlineData("kecamatan=42", "kecamatan")]
    [InlineData("certification=ISO27001", "certification")]
    [InlineData("verified=maybe", "verified")]
    public async Task ListIkms_BadQuery_Returns400NamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/v1/ikms?{query}");

        await response.ShouldBeValidationProblemAsync(parameter);
    }

    [Fact]
    public async Task ListIkms_Items_CarryCapabilitiesInTheOrderGiven()
    {
        var page = await (await _client.GetAsync("/api/v1/ikms?q=9000000000004")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);

        page.Items.ShouldHaveSingleItem().Capabilities.Select(c => c.Kbli).ShouldBe(["25119", "33119"]);
    }
}
