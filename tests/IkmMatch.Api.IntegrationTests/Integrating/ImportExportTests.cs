using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Integrating;

/// <summary><c>POST /ikms/import</c> (NDJSON and CSV) and <c>GET /ikms/export</c>.</summary>
public sealed class ImportExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Ndjson(params JsonNode[] lines) => string.Join('\n', lines.Select(l => l.ToJsonString())) + "\n";

    private Task<HttpResponseMessage> ImportAsync(string body, string mediaType = "application/x-ndjson", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ikms/import") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Import_NdjsonWithGoodAndBadRows_AppliesTheGoodAndReportsEachRow()
    {
        var first = TestData.Ikm(name: "CV Impor Satu");
        var second = TestData.Ikm(name: "CV Impor Dua", kecamatan: "Grogol");
        var badKbli = TestData.Ikm(capabilities: [TestData.Capability(kbli: "251")]);
        var repeated = TestData.Ikm(nib: first["nib"]!.GetValue<string>(), name: "CV Impor Kembar");
        var body = Ndjson(first, second, badKbli) + "{ \"nib\": \n" + Ndjson(repeated);

        var report = await (await ImportAsync(body)).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);

        report.Total.ShouldBe(5);
        (report.Created, report.Updated, report.Unchanged, report.Rejected).ShouldBe((2, 0, 0, 3));
        report.Rows.Select(r => r.Row).ShouldBe([1, 2, 3, 4, 5]);
        report.Rows.Select(r => r.Outcome).ShouldBe(["Created", "Created", "Rejected", "Rejected", "Rejected"]);
        report.Rows[2].Nib.ShouldBe(badKbli["nib"]!.GetValue<string>());
        report.Rows[2].Errors!.Keys.ShouldBe(["capabilities[0].kbli"]);
        report.Rows[3].Errors!.ShouldContainKey("$");
        report.Rows[4].Errors!["nib"].ShouldHaveSingleItem().ShouldContain("row 1");
        var created = await (await _client.GetAsync($"/api/v1/ikms/{report.Rows[0].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        created.Name.ShouldBe("CV Impor Satu");
        (await (await _client.GetAsync($"/api/v1/ikms?q={badKbli["nib"]}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_SentAgain_ChangesNothingAndAChangedRowIsUpdated()
    {
        var one = TestData.Ikm(name: "CV Ulang Satu");
        var two = TestData.Ikm(name: "CV Ulang Dua");
        var first = await (await ImportAsync(Ndjson(one, two))).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        var before = await (await _client.GetAsync($"/api/v1/ikms/{first.Rows[0].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);

        var again = await (await ImportAsync(Ndjson(one, two))).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        two["workforce"] = 40;
        var changed = await (await ImportAsync(Ndjson(one, two))).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);

        again.Rows.Select(r => r.Outcome).ShouldBe(["Unchanged", "Unchanged"]);
        again.Rows.Select(r => r.Id).ShouldBe(first.Rows.Select(r => r.Id));
        var after = await _client.GetAsync($"/api/v1/ikms/{first.Rows[0].Id}");
        (await after.ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).UpdatedAt.ShouldBe(before.UpdatedAt);
        after.Headers.ETag!.Tag.ShouldBe("\"1\"");
        changed.Rows.Select(r => r.Outcome).ShouldBe(["Unchanged", "Updated"]);
        (await (await _client.GetAsync($"/api/v1/ikms/{first.Rows[1].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).Workforce.ShouldBe(40);
    }

    [Fact]
    public async Task Import_RetriedWithItsIdempotencyKey_ReplaysTheFirstReport()
    {
        var key = Guid.NewGuid().ToString();
        var body = Ndjson(TestData.Ikm(name: "CV Kunci"));

        var first = await ImportAsync(body, idempotencyKey: key);
        var second = await ImportAsync(body, idempotencyKey: key);

        (await first.ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK)).Rows.ShouldHaveSingleItem().Outcome.ShouldBe("Created");
        (await second.ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK)).Rows.ShouldHaveSingleItem().Outcome.ShouldBe("Created");
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
    }

    [Fact]
    public async Task Import_Csv_ReadsQuotedJsonCellsAndKecamatanCodes()
    {
        var nib = TestData.NewNib();
        var other = TestData.NewNib();
        var capabilities = new JsonArray(TestData.Capability("25111", 20, "ton"), TestData.Capability("33121", 4, "unit")).ToJsonString();
        var certifications = new JsonArray(TestData.Certification("TKDN", null, 41.5m)).ToJsonString();
        var csv = new StringBuilder()
            .Append("nib,name,ownerName,email,phone,address,kecamatan,workforce,capabilities,certifications\r\n")
            .Append($"{nib},\"CV Koma, Kutip \"\"Baja\"\"\",Siti,siti@contoh.id,+62 812 1111 2222,\"Jl. Raya Anyer 12\nRT 01\",36.72.04,12,{Quote(capabilities)},{Quote(certifications)}\r\n")
            .Append($"{other},CV Tanpa Sertifikat,,,,,Grogol,3,,\r\n")
            .ToString();

        var report = await (await ImportAsync(csv, "text/csv")).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);

        report.Rows.Select(r => r.Outcome).ShouldBe(["Created", "Created"], string.Join("; ", report.Rows.Select(r => JsonSerializer.Serialize(r.Errors))));
        var ikm = await (await _client.GetAsync($"/api/v1/ikms/{report.Rows[0].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        ikm.Name.ShouldBe("CV Koma, Kutip \"Baja\"");
        ikm.Address.ShouldBe("Jl. Raya Anyer 12\nRT 01");
        ikm.Kecamatan.ShouldBe("Ciwandan");
        ikm.Capabilities.Select(c => (c.Kbli, c.Unit)).ShouldBe([("25111", "ton"), ("33121", "unit")]);
        ikm.Certifications.ShouldHaveSingleItem().TkdnPercent.ShouldBe(41.5m);
        var bare = await (await _client.GetAsync($"/api/v1/ikms/{report.Rows[1].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        (bare.OwnerName, bare.Email, bare.Capabilities.Count, bare.Certifications.Count).ShouldBe((null, null, 0, 0));
    }

    [Fact]
    public async Task Import_CsvRowWithBadCells_IsRejectedWithTheFieldsNamed()
    {
        var csv = "nib,name,kecamatan,workforce,capabilities\r\n"
            + $"{TestData.NewNib()},CV Salah,Anyer,banyak,[{{\"kbli\":\"25111\"}}\r\n"
            + $"{TestData.NewNib()},CV Benar,Cibeber,2,\r\n";

        var report = await (await ImportAsync(csv, "text/csv")).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);

        report.Rows.Select(r => r.Outcome).ShouldBe(["Rejected", "Created"]);
        report.Rows[0].Errors!.Keys.ShouldContain("capabilities");
    }

    [Theory]
    [InlineData("nib,name,kecamatan,workforce,fax\r\n", "fax")]
    [InlineData("nib,name,kecamatan\r\n", "workforce")]
    [InlineData("nib,name,name,kecamatan,workforce\r\n", "name")]
    public async Task Import_CsvHeaderNotAnImport_Returns400NamingTheColumn(string header, string column)
    {
        var errors = await (await ImportAsync(header + $"{TestData.NewNib()},CV X,Cibeber,2\r\n", "text/csv")).ShouldBeValidationProblemAsync("$");

        errors.ShouldHaveSingleItem().ShouldContain(column);
    }

    [Fact]
    public async Task Import_OtherMediaType_Returns415()
    {
        var response = await ImportAsync(TestData.Ikm().ToJsonString(), "application/json");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_MoreThanTenThousandRows_Returns400AndCreatesNothing()
    {
        var line = TestData.Ikm().ToJsonString();
        var body = new StringBuilder();
        for (var i = 0; i < 10_001; i++)
        {
            body.Append(line.Replace("\"CV Baja Las Mandiri\"", $"\"CV Banyak {i}\"", StringComparison.Ordinal)).Append('\n');
        }

        (await (await ImportAsync(body.ToString())).ShouldBeValidationProblemAsync("$")).ShouldHaveSingleItem().ShouldContain("10");
        (await (await _client.GetAsync("/api/v1/ikms?q=CV Banyak")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Export_NdjsonAndCsv_WriteTheFilteredRegistryAndTheCsvImportsBackUnchanged()
    {
        var marker = $"CV Ekspor {Guid.NewGuid():N}"[..24];
        var bodies = Enumerable.Range(0, 3).Select(i => TestData.Ikm(name: $"{marker} {i}", certifications: [TestData.Certification(), TestData.Certification("TKDN", null, 40m)])).ToArray();
        var imported = await (await ImportAsync(Ndjson(bodies))).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        (await _client.PostAsync($"/api/v1/ikms/{imported.Rows[0].Id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ndjson = await _client.GetAsync($"/api/v1/ikms/export?q={Uri.EscapeDataString(marker)}");
        ndjson.StatusCode.ShouldBe(HttpStatusCode.OK);
        ndjson.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await ndjson.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        foreach (var line in lines)
        {
            var exported = JsonSerializer.Deserialize<IkmDto>(line, HttpAssertions.Json)!;
            var read = await (await _client.GetAsync($"/api/v1/ikms/{exported.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
            exported.ShouldBeEquivalentTo(read);
        }

        var csv = await _client.GetAsync($"/api/v1/ikms/export?format=csv&q={Uri.EscapeDataString(marker)}");
        var text = await csv.Content.ReadAsStringAsync();
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv", text);
        text.Split("\r\n")[0].ShouldStartWith("id,nib,name,");
        var reimported = await (await ImportAsync(text, "text/csv")).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        reimported.Rows.Select(r => r.Outcome).ShouldBe(["Unchanged", "Unchanged", "Unchanged"], string.Join("; ", reimported.Rows.Select(r => JsonSerializer.Serialize(r.Errors))));
        reimported.Rows.Select(r => r.Id).Order().ShouldBe(imported.Rows.Select(r => r.Id).Order());
        var stillVerified = await (await _client.GetAsync($"/api/v1/ikms/{imported.Rows[0].Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        stillVerified.Verified.ShouldBeTrue();

        var again = await (await ImportAsync(string.Join('\n', lines), "application/x-ndjson")).ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        again.Unchanged.ShouldBe(3);
    }

    [Fact]
    public async Task Export_ArchivedIkm_OnlyWithIncludeArchived()
    {
        var marker = $"CV Arsip {Guid.NewGuid():N}"[..22];
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(name: marker))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        (await _client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var without = await _client.GetStringAsync($"/api/v1/ikms/export?q={Uri.EscapeDataString(marker)}");
        var with = await _client.GetStringAsync($"/api/v1/ikms/export?includeArchived=true&q={Uri.EscapeDataString(marker)}");

        without.ShouldBeEmpty();
        JsonSerializer.Deserialize<IkmDto>(with.Trim(), HttpAssertions.Json)!.Status.ShouldBe("Archived");
    }

    [Fact]
    public async Task Export_UnknownFormat_Returns400()
    {
        await (await _client.GetAsync("/api/v1/ikms/export?format=xml")).ShouldBeValidationProblemAsync("format");
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

public sealed record ImportReportDto(int Total, int Created, int Updated, int Unchanged, int Rejected, List<ImportRowDto> Rows);

public sealed record ImportRowDto(int Row, string? Nib, string Outcome, Guid? Id, Dictionary<string, string[]>? Errors);
