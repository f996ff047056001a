using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace IkmMatch.Faults;

/// <summary>One fault: what it does, and when PostgreSQL (or the API) answered again afterwards.</summary>
internal sealed record FaultRun(string Name, DateTimeOffset Start, DateTimeOffset AnsweringAgain);

/// <summary>What one create attempt got.</summary>
internal enum Outcome
{
    Created,
    Replayed,
    Unavailable503,
    Problem500,
    Bare5xx,
    InProgress409,
    Duplicate409,
    Other4xx,
    NoAnswer,
}

internal sealed record Attempt(string Phase, DateTimeOffset Sent, DateTimeOffset Answered, Outcome Outcome, bool Keyed, int Status, string Detail);

/// <summary>Runs the API and the load, applies the faults, and keeps the ledger.</summary>
internal sealed class Harness(HarnessOptions options) : IAsyncDisposable
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly ConcurrentDictionary<string, Guid> _acknowledged = new(StringComparer.Ordinal);
    private readonly List<FaultRun> _faults = [];
    private readonly string _adminKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    private readonly int _apiPort = FreePort();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _api;
    private volatile string _phase = "steady";
    private int _stuckKeys;
    private long _nib = 9_000_000_000_000 + (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 100_000 * 10_000);

    public async Task<Ledger> RunAsync()
    {
        _http.BaseAddress = new Uri($"http://127.0.0.1:{_apiPort}");
        _http.DefaultRequestHeaders.Add("X-Api-Key", _adminKey);
        await StartApiAsync();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, options.Workers).Select(i => Task.Run(() => WorkAsync(i, stop.Token))).ToList();

        var rounds = options.Short ? 1 : 2;
        for (var round = 0; round < rounds; round++)
        {
            await SteadyAsync();
            await FaultAsync("PostgreSQL restart (fast)", () => RestartPostgresAsync("fast"));
            await SteadyAsync();
            await FaultAsync("PostgreSQL restart (immediate)", () => RestartPostgresAsync("immediate"));
            await SteadyAsync();
            await FaultAsync("PostgreSQL frozen", FreezePostgresAsync);
            await SteadyAsync();
            await FaultAsync("API kill -9", KillAndRestartApiAsync);
            await SteadyAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        var lost = await LostAsync();
        var (errorLines, logBytes) = LogFigures();
        return new Ledger([.. _attempts], _faults, lost, _stuckKeys, HarnessOptions.RecoveryLimit, errorLines, logBytes, _acknowledged.Count);
    }

    // ---- load --------------------------------------------------------------------------------------------------------

    private async Task WorkAsync(int worker, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var nib = Interlocked.Increment(ref _nib).ToString(CultureInfo.InvariantCulture);
            var keyed = (n++ + worker) % 2 == 0;
            var key = keyed ? Guid.NewGuid().ToString() : null;
            DateTimeOffset? inProgressSince = null;
            while (true)
            {
                var attempt = await CreateAsync(nib, key);
                _attempts.Enqueue(attempt);
                if (attempt.Outcome is Outcome.Created or Outcome.Replayed || key is null
                    || attempt.Outcome is Outcome.Duplicate409 or Outcome.Other4xx)
                {
                    break;
                }

                if (attempt.Outcome == Outcome.InProgress409)
                {
                    inProgressSince ??= attempt.Sent;
                    if (attempt.Answered - inProgressSince > TimeSpan.FromSeconds(HarnessOptions.LeaseSeconds) + HarnessOptions.RecoveryLimit)
                    {
                        Interlocked.Increment(ref _stuckKeys);
                        break;
                    }
                }
                else
                {
                    inProgressSince = null;
                }

                await Task.Delay(100, CancellationToken.None); // a client's retry back-off
            }
        }
    }

    private async Task<Attempt> CreateAsync(string nib, string? key)
    {
        var phase = _phase;
        var body = $$"""
            {"nib":"{{nib}}","name":"CV Uji Gangguan {{nib}}","kecamatan":"Ciwandan","workforce":5,
             "capabilities":[{"kbli":"25111","name":"Fabrikasi baja","monthlyCapacity":10,"unit":"ton"}],"certifications":[]}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ikms") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var sent = DateTimeOffset.UtcNow;
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var answered = DateTimeOffset.UtcNow;
            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" && text.Length > 0;
            var outcome = status switch
            {
                201 when response.Headers.Contains("Idempotent-Replayed") => Outcome.Replayed,
                201 => Outcome.Created,
                503 when problem => Outcome.Unavailable503,
                >= 500 when !problem => Outcome.Bare5xx,
                >= 500 => Outcome.Problem500,
                409 when text.Contains("in progress", StringComparison.OrdinalIgnoreCase) => Outcome.InProgress409,
                409 => Outcome.Duplicate409,
                _ => Outcome.Other4xx,
            };
            if (outcome is Outcome.Created or Outcome.Replayed)
            {
                using var json = JsonDocument.Parse(text);
                var id = json.RootElement.GetProperty("id").GetGuid();
                if (_acknowledged.TryGetValue(nib, out var first) && first != id)
                {
                    outcome = Outcome.Duplicate409; // the same create acknowledged with two records
                }

                _acknowledged[nib] = id;
            }

            return new Attempt(phase, sent, answered, outcome, key is not null, status, outcome is Outcome.Created or Outcome.Replayed ? string.Empty : Shorten(text));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Attempt(phase, sent, DateTimeOffset.UtcNow, Outcome.NoAnswer, key is not null, 0, e.GetType().Name);
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] : text;

    // ---- faults ------------------------------------------------------------------------------------------------------

    private Task SteadyAsync()
    {
        _phase = "steady";
        return Task.Delay(options.Steady);
    }

    private async Task FaultAsync(string name, Func<Task> fault)
    {
        Console.WriteLine($"fault: {name}");
        _phase = name;
        var start = DateTimeOffset.UtcNow;
        await fault();
        var answering = DateTimeOffset.UtcNow;
        _faults.Add(new FaultRun(name, start, answering));
    }

    private async Task RestartPostgresAsync(string mode)
    {
        await RunAsync(PgCtl(), "restart", "--pgdata", options.PgData, "--mode", mode, "--wait", "--timeout", "60", "--log", Path.Combine(options.PgData, "server.log"));
        await WaitForPostgresAsync();
    }

    private async Task FreezePostgresAsync()
    {
        var pids = PostgresPids();
        await RunAsync("kill", ["-STOP", .. pids]);
        await Task.Delay(options.Freeze);
        await RunAsync("kill", ["-CONT", .. pids]);
    }

    private async Task KillAndRestartApiAsync()
    {
        _api!.Kill(); // SIGKILL: no shutdown, in-flight requests cut off
        await _api.WaitForExitAsync();
        _api.Dispose();
        _api = null;
        await StartApiAsync();
    }

    private string PgCtl() => Path.Combine(options.PgBin, "pg_ctl");

    /// <summary>The postmaster (from postmaster.pid) and its children.</summary>
    private string[] PostgresPids()
    {
        var postmaster = File.ReadLines(Path.Combine(options.PgData, "postmaster.pid")).First().Trim();
        var pids = new List<string> { postmaster };
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!name.All(char.IsAsciiDigit))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == postmaster)
                {
                    pids.Add(name);
                }
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
        }

        return [.. pids];
    }

    private async Task WaitForPostgresAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                await using var connection = new NpgsqlConnection(options.ConnectionString + ";Pooling=false;Timeout=2");
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("PostgreSQL did not come back within 60 s.");
    }

    private async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = options.AsPostgresUser && file == PgCtl() ? "runuser" : file,
            WorkingDirectory = "/",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (options.AsPostgresUser && file == PgCtl())
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    // ---- the API -----------------------------------------------------------------------------------------------------

    private async Task StartApiAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(options.ApiDll)!,
        };
        start.ArgumentList.Add(options.ApiDll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_apiPort}";
        start.Environment["ConnectionStrings__IkmMatch"] = options.ConnectionString;
        start.Environment["Auth__BootstrapAdminKey"] = _adminKey;
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Idempotency__LeaseSeconds"] = HarnessOptions.LeaseSeconds.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        _api = Process.Start(start)!;
        var log = options.LogFile;
        _api.OutputDataReceived += (_, e) => Append(log, e.Data);
        _api.ErrorDataReceived += (_, e) => Append(log, e.Data);
        _api.BeginOutputReadLine();
        _api.BeginErrorReadLine();

        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        using var probe = new HttpClient { BaseAddress = _http.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_api.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_api.ExitCode}; see {log}.");
            }

            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The API did not become ready within 60 s; see {log}.");
    }

    private static readonly Lock LogGate = new();

    private static void Append(string file, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (LogGate)
        {
            File.AppendAllText(file, line + "\n");
        }
    }

    private (int ErrorLines, long Bytes) LogFigures()
    {
        if (!File.Exists(options.LogFile))
        {
            return (0, 0);
        }

        lock (LogGate)
        {
            var lines = File.ReadAllLines(options.LogFile);
            return (lines.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)), new FileInfo(options.LogFile).Length);
        }
    }

    // ---- the check ---------------------------------------------------------------------------------------------------

    /// <summary>Acknowledged creates that are not in the database.</summary>
    private async Task<int> LostAsync()
    {
        await WaitForPostgresAsync();
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT nib, id FROM ikms WHERE nib = ANY(@nibs)", connection);
        command.Parameters.AddWithValue("nibs", _acknowledged.Keys.ToArray());
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        return _acknowledged.Count(a => !found.TryGetValue(a.Key, out var id) || id != a.Value);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is { HasExited: false })
        {
            _api.Kill();
            await _api.WaitForExitAsync();
        }

        _api?.Dispose();
        _http.Dispose();
    }
}
