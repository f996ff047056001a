using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// Hundreds of mutated bodies, the same ones on every run (fixed seed), at each registry write: no input ever produces a
/// 5xx; every refusal is a problem with a traceId; everything accepted is a valid resource.
/// </summary>
public sealed partial class RandomBodyTests(RegistryTargets api) : IClassFixture<RegistryTargets>
{
    private const int Seed = 20_250_611;
    private const int BodiesPerTarget = 400;

    private static readonly HashSet<string> Kecamatans = [.. Enum.GetNames<Kecamatan>()];
    private static readonly HashSet<string> Units = [.. Enum.GetNames<CapacityUnit>().Select(n => n.ToLowerInvariant())];
    private static readonly HashSet<string> CertificationTypes = [.. Enum.GetNames<CertificationType>()];

    private readonly HttpClient _client = api.Factory.CreateClient();

    public static TheoryData<string> Targets() => [.. RegistryTargets.All];

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex Nib();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Kbli();

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Write_RandomMalformedOrMutatedBodies_NeverFailWith5xxAndRefuseWithProblems(string target)
    {
        var seed = Seed + Array.IndexOf(RegistryTargets.All, target);
        var fuzzer = new BodyFuzzer(new Random(seed));
        var statuses = new SortedDictionary<int, int>();
        var byKind = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var failures = new List<string>();
        var isCreate = RegistryTargets.Method(target) == HttpMethod.Post;

        for (var i = 0; i < BodiesPerTarget; i++)
        {
            var valid = api.ValidBody(target);
            if (isCreate)
            {
                // New NIBs, the same on every run (the database is new for this class).
                valid["nib"] = (RegistryTargets.IsIkm(target) ? "97" : "98") + i.ToString("D11", CultureInfo.InvariantCulture);
            }

            var (kind, body) = fuzzer.Mutate(valid);

            // A third of the creates carry an Idempotency-Key (its middleware reads the body first), and are sent twice:
            // the second is a replay of the first, whatever it was.
            var key = isCreate && i % 3 == 0 ? $"fuzz-{seed}-{i}" : null;
            var (status, problem, text) = await SendAsync(target, body, key);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var ofKind = byKind.TryGetValue(kind, out var found) ? found : byKind[kind] = [];
            ofKind[status] = ofKind.GetValueOrDefault(status) + 1;
            if (problem is null && key is not null)
            {
                var (again, replayProblem, _) = await SendAsync(target, body, key);
                problem = again != status ? $"the replay with the same Idempotency-Key answered {again}" : replayProblem;
            }

            if (problem is not null)
            {
                failures.Add($"#{i} {kind} -> {status}: {problem}\n  request: {Shorten(Encoding.UTF8.GetString(body))}\n  response: {Shorten(text)}");
            }
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{target}: {BodiesPerTarget} bodies (seed {seed}) -> " + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        foreach (var (name, counts) in byKind)
        {
            output?.WriteLine($"  {name}: " + string.Join(", ", counts.Select(s => $"{s.Key}: {s.Value}")));
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
        statuses.Keys.ShouldNotContain(s => s >= 500);
        statuses.Keys.ShouldContain(400, "most mutations are bad input");
        statuses.Keys.ShouldContain(isCreate ? 201 : 200, "some mutations keep the body valid");
        statuses.Keys.ShouldContain(413, "bodies over 1 MB are among the mutations");

        // After all that, the resource a PUT targeted is still readable and valid.
        if (!isCreate)
        {
            var read = await _client.GetAsync(api.Url(target), TestContext.Current.CancellationToken);
            CheckResource(target, read, await read.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeNull();
        }
    }

    /// <summary>Sends one body; returns the status, what is wrong with the response (null if nothing) and its text.</summary>
    private async Task<(int Status, string? Problem, string Text)> SendAsync(string target, byte[] body, string? idempotencyKey)
    {
        using var request = RegistryTargets.Request(RegistryTargets.Method(target), api.Url(target), body);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The in-memory server hands the client an exception that escaped the whole pipeline.
            return (500, $"no response: {e.GetType().Name}: {e.Message}", string.Empty);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var problem = response.IsSuccessStatusCode ? CheckResource(target, response, text) : CheckProblem(response, text);
            return ((int)response.StatusCode, problem, text);
        }
    }

    /// <summary>null when the response is an RFC 9457 problem with a traceId, else what is wrong with it.</summary>
    private static string? CheckProblem(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "a server error for client input";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"content type {response.Content.Headers.ContentType}";
        }

        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            if (!problem.TryGetProperty("status", out var s) || s.GetInt32() != status)
            {
                return "status missing or different";
            }

            foreach (var name in new[] { "type", "title", "traceId" })
            {
                if (!problem.TryGetProperty(name, out var value) || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    return $"{name} missing";
                }
            }

            if (status == 400 && problem.TryGetProperty("errors", out var errors)
                && (errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any()))
            {
                return "errors present but empty";
            }
        }
        catch (JsonException e)
        {
            return $"not JSON: {e.Message}";
        }

        return null;
    }

    /// <summary>null when the response is a valid IKM or industry (as the target writes), else what is wrong with it.</summary>
    private static string? CheckResource(string target, HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return $"content type {response.Content.Headers.ContentType}";
        }

        if (response.Headers.ETag is null)
        {
            return "no ETag";
        }

        try
        {
            var node = JsonNode.Parse(text)!.AsObject();
            var problems = new List<string>();
            void Require(bool condition, string what)
            {
                if (!condition)
                {
                    problems.Add(what);
                }
            }

            string? Text(string name) => node[name]?.GetValue<string>();

            Require(Guid.TryParse(Text("id"), out var id) && id != Guid.Empty, "id");
            Require(Nib().IsMatch(Text("nib") ?? string.Empty), "nib");
            Require(!string.IsNullOrWhiteSpace(Text("name")) && Text("name")!.Length <= 200, "name");
            Require(Kecamatans.Contains(Text("kecamatan") ?? string.Empty), "kecamatan");
            Require(Text("status") == "Active", "status");
            Require(DateTimeOffset.TryParse(Text("createdAt"), CultureInfo.InvariantCulture, out _), "createdAt");
            Require(DateTimeOffset.TryParse(Text("updatedAt"), CultureInfo.InvariantCulture, out _), "updatedAt");
            if (RegistryTargets.IsIkm(target))
            {
                Require(node["workforce"]!.GetValue<int>() >= 0, "workforce");
                foreach (var capability in node["capabilities"]!.AsArray())
                {
                    Require(Kbli().IsMatch(capability!["kbli"]!.GetValue<string>()), "capabilities[].kbli");
                    Require(!string.IsNullOrWhiteSpace(capability["name"]!.GetValue<string>()), "capabilities[].name");
                    Require(capability["monthlyCapacity"]!.GetValue<decimal>() > 0, "capabilities[].monthlyCapacity");
                    Require(Units.Contains(capability["unit"]!.GetValue<string>()), "capabilities[].unit");
                }

                foreach (var certification in node["certifications"]!.AsArray())
                {
                    Require(CertificationTypes.Contains(certification!["type"]!.GetValue<string>()), "certifications[].type");
                    var tkdn = certification["tkdnPercent"]?.GetValue<decimal>();
                    Require(tkdn is null or (>= 0 and <= 100), "certifications[].tkdnPercent");
                }
            }
            else
            {
                Require(!string.IsNullOrWhiteSpace(Text("sector")), "sector");
            }

            if (RegistryTargets.Method(target) == HttpMethod.Post)
            {
                Require(response.StatusCode == HttpStatusCode.Created, "201");
                Require(response.Headers.Location?.ToString().EndsWith(id.ToString(), StringComparison.Ordinal) == true, "Location");
            }
            else
            {
                Require(response.StatusCode == HttpStatusCode.OK, "200");
            }

            return problems.Count == 0 ? null : "invalid " + string.Join(", ", problems);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return $"not a resource: {e.Message}";
        }
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : $"{text[..400]}… ({text.Length} chars)";
}
