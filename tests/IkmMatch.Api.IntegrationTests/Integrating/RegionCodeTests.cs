using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Integrating;

/// <summary>Kemendagri codes beside kecamatan names: in answers, and accepted by the filters instead of the name.</summary>
public sealed class RegionCodeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Cibeber", "36.72.01")]
    [InlineData("Cilegon", "36.72.02")]
    [InlineData("Pulomerak", "36.72.03")]
    [InlineData("Ciwandan", "36.72.04")]
    [InlineData("Jombang", "36.72.05")]
    [InlineData("Grogol", "36.72.06")]
    [InlineData("Purwakarta", "36.72.07")]
    [InlineData("Citangkil", "36.72.08")]
    public async Task Ikm_InEachKecamatan_CarriesItsCodeAndIsFoundByCodeOrName(string kecamatan, string code)
    {
        var created = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(kecamatan: kecamatan))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

        created.KecamatanCode.ShouldBe(code);
        foreach (var filter in new[] { code, kecamatan, kecamatan.ToLowerInvariant(), code.Replace(".", string.Empty, StringComparison.Ordinal) })
        {
            var list = await (await _client.GetAsync($"/api/v1/ikms?kecamatan={filter}&q={created.Nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
            list.Items.ShouldHaveSingleItem(filter).Id.ShouldBe(created.Id);
        }

        var other = kecamatan == "Cibeber" ? "36.72.02" : "36.72.01";
        (await (await _client.GetAsync($"/api/v1/ikms?kecamatan={other}&q={created.Nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ikm_Outside_HasNoCode()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(kecamatan: "Outside"))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

        created.KecamatanCode.ShouldBeNull();
    }

    [Theory]
    [InlineData("/api/v1/ikms?kecamatan=36.72.09")]
    [InlineData("/api/v1/industries?kecamatan=36.73.01")]
    [InlineData("/api/v1/reports/capability-gaps?kecamatan=Anyer")]
    public async Task Filter_UnknownKecamatanOrCode_Returns400NamingTheCodes(string url)
    {
        var errors = await (await _client.GetAsync(url)).ShouldBeValidationProblemAsync("kecamatan");

        errors.ShouldHaveSingleItem().ShouldContain("36.72.04");
    }

    [Fact]
    public async Task IndustryList_FilteredByCode_FindsTheIndustry()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry(kecamatan: "Pulomerak"))).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);

        var list = await (await _client.GetAsync($"/api/v1/industries?kecamatan=36.72.03&q={created.Nib}")).ShouldBeAsync<PageDto<IndustryDto>>(HttpStatusCode.OK);

        list.Items.ShouldHaveSingleItem().KecamatanCode.ShouldBe("36.72.03");
    }
}
