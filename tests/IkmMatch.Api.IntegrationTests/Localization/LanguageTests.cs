using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Localization;

/// <summary>
/// The same requests in Bahasa Indonesia and in English: the texts are said in the language asked for
/// (<c>Accept-Language</c>), with numbers, dates and money written as that language writes them, and everything a
/// program reads — ids, scores, criteria, unmet codes, problem types, field paths, enum values — is identical.
/// The test host's default language is English (<see cref="ApiFactory"/>); <see cref="DefaultLanguageTests"/> runs the product's, id.
/// </summary>
public sealed class LanguageTests(LanguageTests.Scenario scenario) : IClassFixture<LanguageTests.Scenario>
{
    /// <summary>The needed-by date of the scenario's need: said "30 Desember 2027" and "30 December 2027".</summary>
    private static readonly DateOnly NeededBy = new(2027, 12, 30);

    private readonly HttpClient _client = scenario.Factory.CreateClient();

    /// <summary>
    /// An industry in Citangkil with one need (KBLI 25111, 10 ton a month, SNI required, Rp 24.000.000); a welder in
    /// Ciwandan with SNI (eligible) and one in Ciwandan without it and with 6,5 ton only (ineligible on both counts).
    /// </summary>
    public sealed class Scenario : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public Guid NeedId { get; private set; }

        public Guid Eligible { get; private set; }

        public Guid Ineligible { get; private set; }

        public string TakenNib { get; private set; } = string.Empty;

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            using var client = Factory.CreateClient();
            var industry = await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry(kecamatan: "Citangkil")))
                .ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
            var eligible = TestData.Ikm(
                name: "CV Las Baja Ciwandan",
                capabilities: new JsonArray(NeedTestData.Capability("25111", 12, "ton", "Fabrikasi dan pengelasan baja struktur")),
                certifications: new JsonArray(TestData.Certification("SNI", "2030-12-31"), TestData.Certification("ISO9001", "2030-12-31")));
            TakenNib = eligible["nib"]!.GetValue<string>();
            Eligible = (await (await client.PostJsonAsync("/api/v1/ikms", eligible)).ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Id;
            var ineligible = TestData.Ikm(
                name: "UD Bengkel Las Kecil",
                capabilities: new JsonArray(NeedTestData.Capability("25111", 6.5m, "ton", "Pengelasan baja struktur")),
                certifications: new JsonArray(TestData.Certification("ISO9001", "2027-06-30")));
            Ineligible = (await (await client.PostJsonAsync("/api/v1/ikms", ineligible)).ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Id;
            var need = NeedTestData.Need(
                industry.Id,
                title: "Fabrikasi baja struktur gudang",
                description: "Pengelasan rangka baja",
                keywords: ["las", "baja"],
                monthlyVolume: 10,
                unit: "ton",
                required: ["SNI"],
                budget: 24_000_000,
                neededBy: NeededBy);
            NeedId = (await (await client.PostJsonAsync("/api/v1/needs", need)).ShouldBeAsync<NeedDto>(HttpStatusCode.Created)).Id;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task Matches_InBothLanguages_SayTheTextsInEach_AndKeepEveryMachineReadablePart()
    {
        var url = $"/api/v1/needs/{scenario.NeedId}/matches?includeIneligible=true";
        var (indonesian, idResponse) = await GetAsync(url, "id");
        var (english, enResponse) = await GetAsync(url, "en");

        idResponse.Content.Headers.ContentLanguage.ShouldBe(["id"]);
        enResponse.Content.Headers.ContentLanguage.ShouldBe(["en"]);
        idResponse.Headers.Vary.ShouldContain("Accept-Language");
        enResponse.Headers.Vary.ShouldContain("Accept-Language");
        WithoutTexts(indonesian).ShouldBe(WithoutTexts(english));

        var idItems = Items(indonesian);
        var enItems = Items(english);
        idItems.Select(i => i.GetProperty("ikmId").GetGuid()).ShouldBe([scenario.Eligible, scenario.Ineligible]);
        var idUnmet = Unmet(idItems[1]);
        var enUnmet = Unmet(enItems[1]);
        idUnmet.Select(u => u.Code).ShouldBe(["capacity:6.5<10 ton", "certification:SNI"]);
        enUnmet.Select(u => u.Code).ShouldBe(idUnmet.Select(u => u.Code));
        idUnmet[0].Detail.ShouldBe("kapasitas 6,5 ton per bulan masih di bawah kebutuhan 10, dan kebutuhan ini tidak menerima pasokan sebagian");
        enUnmet[0].Detail.ShouldBe("capacity 6.5 ton/month is below the 10 needed, and the need allows no partial supply");
        idUnmet[1].Detail.ShouldBe("belum memiliki SNI yang masih berlaku pada 30 Desember 2027");
        enUnmet[1].Detail.ShouldBe("no valid SNI on 30 December 2027");

        var idExplanations = Explanations(idItems[0]);
        var enExplanations = Explanations(enItems[0]);
        idExplanations["relevance"].ShouldContain("KBLI 25111 sama persis dengan 25111");
        enExplanations["relevance"].ShouldContain("KBLI 25111 matches 25111 exactly");
        idExplanations["capacity"].ShouldBe("kapasitas 12 ton per bulan mencukupi kebutuhan 10");
        enExplanations["capacity"].ShouldBe("capacity 12 ton/month covers the 10 needed");
        idExplanations["certifications"].ShouldBe(
            "memiliki 2 dari 6 sertifikat mutu (tidak ada yang diutamakan) yang berlaku pada 30 Desember 2027: SNI (diklaim pemilik, belum diverifikasi Disperindag), "
            + "ISO9001 (diklaim pemilik, belum diverifikasi Disperindag); sertifikat wajib SNI masih berupa klaim pemilik, belum diverifikasi Disperindag");
        enExplanations["certifications"].ShouldBe(
            "holds 2 of 6 quality certificates (none preferred) valid on 30 December 2027: SNI (claimed, not yet verified by Disperindag), "
            + "ISO9001 (claimed, not yet verified by Disperindag); required SNI counted as claimed, not yet verified by Disperindag");
        idExplanations["location"].ShouldBe("berada di Ciwandan, masih di Cilegon (industri berada di Citangkil)");
        enExplanations["location"].ShouldBe("in Ciwandan, elsewhere in Cilegon (the industry is in Citangkil)");
        idExplanations["verification"].ShouldBe("belum diverifikasi Disperindag");
        enExplanations["verification"].ShouldBe("not yet verified by Disperindag");
    }

    [Fact]
    public async Task Opportunities_InBothLanguages_DifferOnlyInTheirTexts()
    {
        var url = $"/api/v1/ikms/{scenario.Ineligible}/opportunities?includeIneligible=true";
        var (indonesian, _) = await GetAsync(url, "id-ID");
        var (english, _) = await GetAsync(url, "en-US");

        WithoutTexts(indonesian).ShouldBe(WithoutTexts(english));
        Explanations(Items(indonesian)[0])["trackRecord"].ShouldBe("belum ada kemitraan yang selesai: dinilai netral 3 dari 5");
        Explanations(Items(english)[0])["trackRecord"].ShouldBe("no completed partnerships yet: neutral 3 of 5");
    }

    [Fact]
    public async Task InvalidBody_InBothLanguages_NamesTheSameFieldsWithMessagesInEach()
    {
        var body = TestData.Ikm(nib: "12345", name: "");
        body["workforce"] = -1;

        var indonesian = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", body, "id", HttpStatusCode.BadRequest);
        var english = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", body, "en", HttpStatusCode.BadRequest);

        indonesian.GetProperty("type").GetString().ShouldBe(english.GetProperty("type").GetString());
        Fields(indonesian).ShouldBe(Fields(english));
        Fields(indonesian).ShouldBe(["name", "nib", "workforce"]);
        indonesian.GetProperty("title").GetString().ShouldBe("Data belum benar");
        english.GetProperty("title").GetString().ShouldBe("Validation failed");
        indonesian.GetProperty("detail").GetString().ShouldBe("Ada isian yang belum benar; lihat errors.");
        Errors(indonesian, "nib").ShouldBe(["NIB harus tepat 13 angka."]);
        Errors(english, "nib").ShouldBe(["NIB must be exactly 13 digits."]);
        Errors(indonesian, "name").ShouldBe(["'Name' wajib diisi."]);
        Errors(english, "name").ShouldBe(["'Name' is required."]);
        Errors(indonesian, "workforce").ShouldBe(["Jumlah tenaga kerja tidak boleh kurang dari 0."]);
    }

    [Fact]
    public async Task UnreadableBody_InBothLanguages_NamesTheSamePathWithMessagesInEach()
    {
        var body = TestData.Ikm();
        body["kecamatan"] = "Atlantis";

        var indonesian = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", body, "id", HttpStatusCode.BadRequest);
        var english = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", body, "en", HttpStatusCode.BadRequest);

        Fields(indonesian).ShouldBe(["kecamatan"]);
        Fields(english).ShouldBe(["kecamatan"]);
        Errors(indonesian, "kecamatan").ShouldHaveSingleItem().ShouldStartWith("Nilai ini tidak valid: seharusnya salah satu dari: ");
        Errors(english, "kecamatan").ShouldHaveSingleItem().ShouldStartWith("The value is not valid: expected one of: ");
        Errors(indonesian, "kecamatan")[0].ShouldEndWith(Errors(english, "kecamatan")[0]["The value is not valid: expected one of: ".Length..]);
    }

    [Fact]
    public async Task Conflict_InBothLanguages_KeepsTypeAndStatus_AndSaysTheDetailInEach()
    {
        var duplicate = TestData.Ikm(nib: scenario.TakenNib);

        var indonesian = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", duplicate, "id", HttpStatusCode.Conflict);
        var english = await ProblemAsync(HttpMethod.Post, "/api/v1/ikms", duplicate, "en", HttpStatusCode.Conflict);

        indonesian.GetProperty("type").GetString().ShouldBe(english.GetProperty("type").GetString());
        indonesian.GetProperty("title").GetString().ShouldBe("Bertentangan dengan data saat ini");
        english.GetProperty("title").GetString().ShouldBe("Conflict");
        indonesian.GetProperty("detail").GetString().ShouldBe($"IKM dengan NIB {scenario.TakenNib} sudah terdaftar.");
        english.GetProperty("detail").GetString().ShouldBe($"An IKM with NIB {scenario.TakenNib} is already registered.");
    }

    [Fact]
    public async Task TransitionConflict_InBothLanguages_KeepsItsMachineReadableExtensions()
    {
        var proposal = PartnershipTestData.Proposal(scenario.Eligible, industryId: (await NeedIndustryAsync()));
        var created = await _client.PostJsonAsync("/api/v1/partnerships", proposal);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var indonesian = await ProblemAsync(HttpMethod.Post, $"/api/v1/partnerships/{id}/complete", PartnershipTestData.Completion(), "id", HttpStatusCode.Conflict);
        var english = await ProblemAsync(HttpMethod.Post, $"/api/v1/partnerships/{id}/complete", PartnershipTestData.Completion(), "en", HttpStatusCode.Conflict);

        indonesian.GetProperty("title").GetString().ShouldBe("Perubahan status tidak diizinkan");
        english.GetProperty("title").GetString().ShouldBe("Transition not allowed");
        indonesian.GetProperty("detail").GetString().ShouldStartWith($"Kemitraan {id} berstatus Proposed");
        english.GetProperty("detail").GetString().ShouldStartWith($"Partnership {id} is Proposed; it cannot complete.");
        indonesian.GetProperty("currentStatus").GetString().ShouldBe(english.GetProperty("currentStatus").GetString());
        indonesian.GetProperty("allowedActions").ToString().ShouldBe(english.GetProperty("allowedActions").ToString());
    }

    [Fact]
    public async Task PartnershipFromANeed_KeepsTheMatchAsKeys_AndSaysItInTheReadersLanguage()
    {
        var created = await _client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(scenario.Ineligible, needId: scenario.NeedId));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var (indonesian, _) = await GetAsync($"/api/v1/partnerships/{id}", "id");
        var (english, _) = await GetAsync($"/api/v1/partnerships/{id}", "en");

        WithoutTexts(indonesian).ShouldBe(WithoutTexts(english));
        indonesian.GetProperty("matchUnmet")[1].GetProperty("detail").GetString().ShouldBe("belum memiliki SNI yang masih berlaku pada 30 Desember 2027");
        english.GetProperty("matchUnmet")[1].GetProperty("detail").GetString().ShouldBe("no valid SNI on 30 December 2027");
    }

    [Fact]
    public async Task PartnershipStoredWithSentences_ReadsThemAsTheyAre_InEveryLanguage()
    {
        var created = await _client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(scenario.Eligible, needId: scenario.NeedId));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // A snapshot as kept before explanations had keys: English sentences.
        await using (var connection = new NpgsqlConnection(scenario.Factory.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var update = new NpgsqlCommand("UPDATE partnerships SET match_snapshot = @snapshot::jsonb WHERE id = @id", connection);
            update.Parameters.AddWithValue("snapshot", """
                {"score":50,"eligible":false,"breakdown":[{"criterion":"relevance","weight":50,"value":1,"points":50,"explanation":"KBLI 25111 matches 25111 exactly"}],
                 "unmet":[{"code":"certification:SNI","detail":"no valid SNI on 2027-12-30"}]}
                """);
            update.Parameters.AddWithValue("id", id);
            (await update.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        var (indonesian, _) = await GetAsync($"/api/v1/partnerships/{id}", "id");

        indonesian.GetProperty("matchBreakdown")[0].GetProperty("explanation").GetString().ShouldBe("KBLI 25111 matches 25111 exactly");
        indonesian.GetProperty("matchUnmet")[0].GetProperty("detail").GetString().ShouldBe("no valid SNI on 2027-12-30");
    }

    [Fact]
    public async Task CapabilityGaps_InBothLanguages_LabelTheSameCodes_WithMoneyAsEachLanguageWritesIt()
    {
        var (indonesian, _) = await GetAsync("/api/v1/reports/capability-gaps", "id");
        var (english, _) = await GetAsync("/api/v1/reports/capability-gaps", "en");

        WithoutTexts(indonesian).ShouldBe(WithoutTexts(english));
        var idGap = Gap(indonesian, "certification:SNI");
        var enGap = Gap(english, "certification:SNI");
        idGap.GetProperty("label").GetString().ShouldBe("belum memiliki sertifikat SNI yang berlaku");
        enGap.GetProperty("label").GetString().ShouldBe("no valid SNI certificate");
        idGap.GetProperty("summary").GetString().ShouldBe("1 IKM terhambat untuk 1 kebutuhan terbuka senilai total Rp 24.000.000");
        enGap.GetProperty("summary").GetString().ShouldBe("1 IKM held back from 1 open need worth Rp 24,000,000 in all");
        idGap.GetProperty("budgetAtStake").GetInt64().ShouldBe(24_000_000);
    }

    [Theory]
    [InlineData("fr-FR, en;q=0.8, id;q=0.5", "en")]
    [InlineData("en;q=0.3, id-ID;q=0.9", "id")]
    [InlineData("jv, su", "en")]
    [InlineData("*", "en")]
    [InlineData("id;q=0, en", "en")]
    public async Task AcceptLanguage_ChoosesTheBestLanguageSpoken_ElseTheDefault(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/needs/{scenario.NeedId}");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.ShouldBe([expected]);
    }

    [Fact]
    public async Task UnknownRoute_ProblemIsSaidInTheLanguageAskedFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/nowhere");
        request.Headers.AcceptLanguage.ParseAdd("id");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("title").GetString().ShouldBe("Tidak ditemukan");
        problem.GetProperty("detail").GetString().ShouldStartWith("Tidak ada apa pun di alamat ini.");
        response.Content.Headers.ContentLanguage.ShouldBe(["id"]);
    }

    private async Task<Guid> NeedIndustryAsync()
    {
        var (need, _) = await GetAsync($"/api/v1/needs/{scenario.NeedId}", "en");
        return need.GetProperty("industryId").GetGuid();
    }

    private async Task<(JsonElement Body, HttpResponseMessage Response)> GetAsync(string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return (JsonDocument.Parse(body).RootElement.Clone(), response);
    }

    private async Task<JsonElement> ProblemAsync(HttpMethod method, string url, JsonNode body, string language, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: HttpAssertions.Json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        response.Content.Headers.ContentLanguage.ShouldBe([language]);
        return (await response.ShouldBeProblemAsync(status)).Clone();
    }

    private static List<JsonElement> Items(JsonElement body) => [.. body.GetProperty("items").EnumerateArray()];

    private static List<(string Code, string Detail)> Unmet(JsonElement item) =>
        [.. item.GetProperty("unmet").EnumerateArray().Select(u => (u.GetProperty("code").GetString()!, u.GetProperty("detail").GetString()!))];

    private static Dictionary<string, string> Explanations(JsonElement item) =>
        item.GetProperty("breakdown").EnumerateArray()
            .ToDictionary(c => c.GetProperty("criterion").GetString()!, c => c.GetProperty("explanation").GetString()!, StringComparer.Ordinal);

    private static JsonElement Gap(JsonElement report, string code) =>
        report.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("code").GetString() == code);

    private static string[] Fields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];

    /// <summary>The answer with every text for people (explanation, detail, label, summary) blanked: what a program reads.</summary>
    private static string WithoutTexts(JsonElement body)
    {
        var node = JsonNode.Parse(body.GetRawText())!;
        Blank(node);
        if (node is JsonObject answer)
        {
            // How fresh an answer is (read from a kept ranking or computed on the spot, and when) is no part of its language.
            answer.Remove("kept");
            answer.Remove("asOf");
            answer.Remove("position");
        }

        return node.ToJsonString();
    }

    private static void Blank(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (name is "explanation" or "detail" or "label" or "summary")
                    {
                        obj[name] = "…";
                    }
                    else
                    {
                        Blank(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Blank(item);
                }

                break;
        }
    }
}

/// <summary>Without <c>Accept-Language</c>, the answers are in the configured default: Bahasa Indonesia for Disperindag.</summary>
public sealed class DefaultLanguageTests : IClassFixture<DefaultLanguageTests.IndonesianByDefault>
{
    private readonly IndonesianByDefault _factory;
    private readonly HttpClient _client;

    public DefaultLanguageTests(IndonesianByDefault factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public sealed class IndonesianByDefault : ApiFactory
    {
        public IndonesianByDefault() => Settings["Localization:DefaultLanguage"] = "id";
    }

    [Fact]
    public async Task NoAcceptLanguage_AnswersInTheDefault_Indonesian()
    {
        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(nib: "1"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentLanguage.ShouldBe(["id"]);
        response.Headers.Vary.ShouldContain("Accept-Language");
        problem.GetProperty("title").GetString().ShouldBe("Data belum benar");
        problem.GetProperty("errors").GetProperty("nib")[0].GetString().ShouldBe("NIB harus tepat 13 angka.");
    }

    [Fact]
    public async Task UnknownKey_TheUnauthorizedProblemIsInIndonesianToo()
    {
        using var unknown = _factory.CreateClient("ikm_" + new string('x', 43));
        var response = await unknown.GetAsync(new Uri("/api/v1/ikms", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("title").GetString().ShouldBe("Belum terautentikasi");
        problem.GetProperty("detail").GetString().ShouldStartWith("Kunci API tidak dikenal");
    }
}
