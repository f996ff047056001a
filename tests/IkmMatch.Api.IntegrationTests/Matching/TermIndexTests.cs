using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Domain.Matching.Language;
using IkmMatch.Infrastructure.Matching;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// The stored terms of capabilities and needs follow the matching language: written with each record, and analysed
/// again when the language's data files change (the version kept in <c>matching_language</c> differs).
/// </summary>
public sealed class TermIndexTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public async ValueTask InitializeAsync() => await _factory.InitializeAsync();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Startup_TermsOfAnotherLanguageVersion_AreAnalysedAgain()
    {
        var client = _factory.CreateClient();
        var industry = await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        var ikm = await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities:
            [NeedTestData.Capability("25111", 20, "ton", "Bengkel las pipa", "Pengelasan pipa carbon steel")]))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var need = await (await client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id, title: "Jasa pengelasan pipa", keywords: ["welding"])))
            .ShouldBeAsync<NeedDto>(HttpStatusCode.Created);

        await using var connection = new NpgsqlConnection(_factory.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var stored = await TermsAsync(connection, ikm.Id, need.Id);
        stored.Capability.ShouldBe(ProcurementLanguage.Default.Terms("Bengkel las pipa", "Pengelasan pipa carbon steel"));
        stored.Need.ShouldBe(ProcurementLanguage.Default.Terms("Jasa pengelasan pipa", "welding"));
        stored.Capability.ShouldContain(ProcurementLanguage.Default.Root("las"));

        // As if the terms had been written by an older language: emptied, and another version recorded.
        await using (var stale = new NpgsqlCommand(
            $"UPDATE ikm_capabilities SET terms = '{{}}', name_terms = '{{}}'; UPDATE needs SET search_terms = '{{}}'; UPDATE matching_language SET version = 'older'",
            connection))
        {
            await stale.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await _factory.Services.RefreshIfStaleAsync(TestContext.Current.CancellationToken);

        var refreshed = await TermsAsync(connection, ikm.Id, need.Id);
        refreshed.Capability.ShouldBe(stored.Capability);
        refreshed.Need.ShouldBe(stored.Need);
        await using var version = new NpgsqlCommand("SELECT version FROM matching_language", connection);
        (await version.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(ProcurementLanguage.Default.Version);
    }

    [Fact]
    public async Task Update_CapabilityText_StoresItsNewTerms()
    {
        var client = _factory.CreateClient();
        var created = await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: [NeedTestData.Capability("25111", 20, "ton", "Sablon kaos")]));
        var ikm = await created.ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var body = TestData.Ikm(nib: ikm.Nib, capabilities: [NeedTestData.Capability("25111", 20, "ton", "Bubut poros dan bushing")]);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/ikms/{ikm.Id}") { Content = JsonContent(body) };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var connection = new NpgsqlConnection(_factory.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var (capability, _) = await TermsAsync(connection, ikm.Id, Guid.Empty);
        capability.ShouldBe(ProcurementLanguage.Default.Terms("Bubut poros dan bushing", null));
        capability.ShouldNotContain(ProcurementLanguage.Default.Root("sablon"));
    }

    private static StringContent JsonContent(System.Text.Json.Nodes.JsonObject body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static async Task<(string[] Capability, string[] Need)> TermsAsync(NpgsqlConnection connection, Guid ikmId, Guid needId)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT terms FROM ikm_capabilities WHERE ikm_id = @ikm), (SELECT search_terms FROM needs WHERE id = @need)", connection);
        command.Parameters.AddWithValue("ikm", ikmId);
        command.Parameters.AddWithValue("need", needId);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return (reader.GetFieldValue<string[]>(0), reader.IsDBNull(1) ? [] : reader.GetFieldValue<string[]>(1));
    }
}
