using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

public sealed record ProgrammeEventDto(string? From, string To, DateTimeOffset At, string Actor, string? Note);

public sealed record ProgrammeDto(
    Guid Id,
    string Kind,
    string Title,
    string? Description,
    Guid? OrganiserIndustryId,
    DateOnly StartDate,
    DateOnly EndDate,
    int Seats,
    int SeatsTaken,
    long Budget,
    List<string> Certifications,
    List<string> KbliDivisions,
    List<string> Topics,
    string Status,
    DateTimeOffset? CompletedAt,
    List<ProgrammeEventDto> History,
    string CreatedBy,
    string UpdatedBy);

public sealed record ObtainedCertificateDto(string Type, string? Number, string? Issuer, DateOnly? ValidUntil);

public sealed record EnrolmentDto(
    Guid ProgrammeId,
    Guid IkmId,
    string IkmName,
    string Kecamatan,
    int Workforce,
    string Status,
    bool Applied,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    int? AttendancePercent,
    DateTimeOffset? CompletedAt,
    ObtainedCertificateDto? Certificate,
    int? WorkforceAfter,
    string? Note);

public sealed record ProgrammeCandidateDto(
    int Rank, Guid IkmId, string IkmName, string Kecamatan, List<string> Lacking, int NeedsUnlocked, long BudgetUnlocked, int NeedsBlocked, List<Guid> UnlockedNeedIds);

public sealed record ProgrammeCandidatesDto(Guid ProgrammeId, int TotalCandidates, List<ProgrammeCandidateDto> Items);

public sealed record UnlockedNeedDto(Guid NeedId, string Title, string Kbli, Guid IndustryId, string IndustryName, long? Budget, DateOnly NeededBy);

public sealed record UnlocksDto(Guid IkmId, string Certification, bool AlreadyHolds, int NeedsUnlocked, long BudgetUnlocked, List<UnlockedNeedDto> Needs);

public sealed record GroupOutcomeDto(int Ikm, int Proposed, int Accepted, int Completed, long ContractValue, int Jobs, int IkmWithAcceptedPartnership, decimal AcceptedPerIkm);

public sealed record ImpactWindowDto(int Months, DateOnly From, DateOnly To, bool Closed, GroupOutcomeDto Participants, GroupOutcomeDto Comparison);

public sealed record ProgrammeImpactDto(
    Guid ProgrammeId,
    string Title,
    string Kind,
    string Status,
    long Budget,
    DateTimeOffset? CompletedAt,
    int Participants,
    int Completed,
    int CertificatesObtained,
    Dictionary<string, int> CertificatesByType,
    int OpenNeedsUnlocked,
    long OpenNeedsUnlockedBudget,
    ImpactWindowDto? SixMonths,
    ImpactWindowDto? TwelveMonths,
    long? BudgetPerCertificate,
    long? BudgetPerPartnership,
    string Summary);

public sealed record ProgrammesReportDto(
    int Programmes,
    long Budget,
    int Participants,
    int Completed,
    int CertificatesObtained,
    int OpenNeedsUnlocked,
    int PartnershipsAcceptedWithin12Months,
    long? BudgetPerCertificate,
    long? BudgetPerPartnership,
    List<ProgrammeImpactDto> Items);

/// <summary>Programme request bodies for tests, as a client would write them.</summary>
public static class ProgrammeTestData
{
    public static JsonObject Programme(
        string kind = "certificationFacilitation",
        string title = "Fasilitasi SNI baja struktur",
        Guid? organiserIndustryId = null,
        int seats = 10,
        long budget = 100_000_000,
        string[]? certifications = null,
        string[]? kbliDivisions = null,
        string[]? topics = null,
        DateOnly? start = null,
        DateOnly? end = null) => new()
        {
            ["kind"] = kind,
            ["title"] = title,
            ["description"] = "Pendampingan dokumen mutu dan uji produk",
            ["organiserIndustryId"] = organiserIndustryId?.ToString(),
            ["startDate"] = NeedTestData.Iso(start ?? NeedTestData.InDays(10)),
            ["endDate"] = NeedTestData.Iso(end ?? NeedTestData.InDays(100)),
            ["seats"] = seats,
            ["budget"] = budget,
            ["certifications"] = new JsonArray([.. (certifications ?? ["SNI"]).Select(c => (JsonNode?)c)]),
            ["kbliDivisions"] = new JsonArray([.. (kbliDivisions ?? ["25"]).Select(c => (JsonNode?)c)]),
            ["topics"] = new JsonArray([.. (topics ?? ["sistem manajemen mutu"]).Select(c => (JsonNode?)c)]),
        };

    public static JsonObject Outcome(string? certificate = "SNI", int? workforceAfter = 15, string? note = "lulus audit") => new()
    {
        ["certificate"] = certificate is null
            ? null
            : new JsonObject { ["type"] = certificate, ["number"] = "SNI-8052-014", ["issuer"] = "LSPro Baristand", ["validUntil"] = "2031-05-31", ["tkdnPercent"] = null },
        ["workforceAfter"] = workforceAfter,
        ["note"] = note,
    };
}

/// <summary>Programmes through HTTP, for tests: each helper asserts its own success.</summary>
public sealed class ProgrammeApi(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<ProgrammeDto> CreateAsync(JsonObject? body = null) =>
        await (await Client.PostJsonAsync("/api/v1/programmes", body ?? ProgrammeTestData.Programme())).ShouldBeAsync<ProgrammeDto>(HttpStatusCode.Created);

    public async Task<ProgrammeDto> GetAsync(Guid id) =>
        await (await Client.GetAsync($"/api/v1/programmes/{id}")).ShouldBeAsync<ProgrammeDto>(HttpStatusCode.OK);

    public Task<HttpResponseMessage> SendAsync(string url, JsonNode? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> StepAsync(Guid id, string action, JsonNode? body = null, string? ifMatch = null) =>
        SendAsync($"/api/v1/programmes/{id}/{action}", body ?? (action == "cancel" ? new JsonObject { ["reason"] = "anggaran dialihkan" } : null), ifMatch);

    public async Task<ProgrammeDto> MoveAsync(Guid id, string action) =>
        await (await StepAsync(id, action)).ShouldBeAsync<ProgrammeDto>(HttpStatusCode.OK);

    /// <summary>A new programme (of <paramref name="body"/>) brought to OpenForEnrolment.</summary>
    public async Task<ProgrammeDto> OpenAsync(JsonObject? body = null) => await MoveAsync((await CreateAsync(body)).Id, "open");

    public Task<HttpResponseMessage> EnrolAsync(Guid programmeId, Guid ikmId) =>
        Client.PostJsonAsync($"/api/v1/programmes/{programmeId}/enrolments", new JsonObject { ["ikmId"] = ikmId.ToString() });

    public Task<HttpResponseMessage> EnrolmentStepAsync(Guid programmeId, Guid ikmId, string action, JsonNode? body, string? ifMatch = null) =>
        SendAsync($"/api/v1/programmes/{programmeId}/enrolments/{ikmId}/{action}", body, ifMatch);
}
