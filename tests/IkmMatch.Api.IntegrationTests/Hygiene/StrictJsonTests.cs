using System.Text;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// Bodies are read as the contract says (<c>additionalProperties: false</c>, case-sensitive camelCase names): a property
/// given twice, a property the contract does not have, or a name in another case is a 400 that names it, and nothing is
/// written — never "last one wins" or a silently ignored field.
/// </summary>
public sealed class StrictJsonTests(RegistryTargets api) : IClassFixture<RegistryTargets>
{
    private readonly HttpClient _client = api.Factory.CreateClient();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var target in RegistryTargets.All)
        {
            data.Add(target, "duplicate", "\"name\": \"Nama Lain\"", "name");
            data.Add(target, "case variant", "\"NIB\": \"9999999999999\"", "NIB");
            data.Add(target, "unknown", "\"colour\": \"red\"", "colour");
            data.Add(target, "verified flag", "\"verified\": true", "verified");
        }

        return data;
    }

    private async Task<HttpResponseMessage> SendAsync(string target, string json)
    {
        var request = new HttpRequestMessage(RegistryTargets.Method(target), api.Url(target))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return await _client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Write_ExtraProperty_Returns400NamingItAndWritesNothing(string target, string what, string extra, string named)
    {
        var valid = api.ValidBody(target).ToJsonString();
        var body = valid[..^1] + ", " + extra + "}";
        var before = await api.SnapshotAsync(_client);

        var response = await SendAsync(target, body);

        var errors = await response.ShouldBeValidationProblemAsync(named);
        errors.ShouldNotBeEmpty(what);
        errors.ShouldContain(m => m.Contains($"'{named}'", StringComparison.Ordinal), what);
        errors.ShouldAllBe(m => !m.Contains("IkmMatch.", StringComparison.Ordinal) && !m.Contains("not valid JSON", StringComparison.Ordinal), what);
        (await api.SnapshotAsync(_client)).ShouldBe(before, "a rejected request must not write anything");
    }

    [Fact]
    public async Task Write_UnknownPropertyInsideAList_Returns400NamingItsPath()
    {
        var body = TestData.Ikm();
        body["capabilities"]![0]!["colour"] = "red";

        var response = await SendAsync(RegistryTargets.PostIkm, body.ToJsonString());

        (await response.ShouldBeValidationProblemAsync("capabilities[0].colour")).ShouldHaveSingleItem().ShouldContain("not a property");
    }
}
