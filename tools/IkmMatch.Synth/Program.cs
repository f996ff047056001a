using System.Diagnostics;
using System.Globalization;
using IkmMatch.Infrastructure;
using IkmMatch.Infrastructure.Persistence;
using IkmMatch.Synth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// IkmMatch.Synth: a synthetic registry (tiny, city or national), deterministic from a seed, written with binary COPY.
// See SynthOptions.Usage, or run with --help.
var options = SynthOptions.Parse(args);
if (options is null)
{
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

var scale = options.Scale;
if (options.CountsOnly)
{
    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scale.Ikms} {scale.Industries} {scale.Needs}"));
    return 0;
}

const int BatchSize = 20_000;
var total = Stopwatch.StartNew();

// 1. The schema: the API's own migrations, applied through its AppDbContext.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = options.Connection })
    .Build();
await using (var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider())
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    await db.Database.MigrateAsync();
}

var migrated = total.Elapsed;
await using var connection = new NpgsqlConnection(options.Connection);
await connection.OpenAsync();

// 2. An empty registry, unless told to replace it.
var existing = Convert.ToInt64(
    await new NpgsqlCommand("SELECT (SELECT count(*) FROM ikms) + (SELECT count(*) FROM industries) + (SELECT count(*) FROM needs)", connection).ExecuteScalarAsync(),
    CultureInfo.InvariantCulture);
if (existing > 0 && !options.Replace)
{
    await Console.Error.WriteLineAsync($"IkmMatch.Synth: the registry already holds {existing:N0} rows; pass --replace to empty it first.");
    return 3;
}

var catalog = SeedCatalog.Load();
var generator = new RegistryGenerator(catalog, scale, options.Seed, options.Today);
await Console.Error.WriteLineAsync(
    $"IkmMatch.Synth: scale {scale.Name}, seed {options.Seed}: {scale.Ikms:N0} IKM, {scale.Industries:N0} industries, {scale.Needs:N0} open needs");

// 3. One transaction: TRUNCATE, then COPY. A table truncated in the same transaction lets a wal_level=minimal
//    server skip WAL for the load; a failure leaves the registry as it was.
var load = Stopwatch.StartNew();
long capabilities = 0, certifications = 0;
await using (var transaction = await connection.BeginTransactionAsync())
{
    await using (var setup = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection, transaction))
    {
        await setup.ExecuteNonQueryAsync();
    }

    if (existing > 0)
    {
        await using var truncate = new NpgsqlCommand($"TRUNCATE {BulkLoader.RegistryTables} CASCADE", connection, transaction);
        await truncate.ExecuteNonQueryAsync();
    }

    // As pg_restore does: rows first, secondary indexes after (rebuilt from PostgreSQL's own definitions of them, so
    // exactly as the migrations made them), and no per-row foreign-key triggers (the generator's rows are consistent)
    // when the role may switch them off.
    var indexes = await BulkLoader.DropSecondaryIndexesAsync(connection, transaction);
    var triggersOff = await BulkLoader.TrySkipForeignKeyTriggersAsync(connection, transaction);

    var industries = generator.Industries();
    BulkLoader.WriteIndustries(connection, industries);
    var needs = generator.Needs(industries);
    BulkLoader.WriteNeeds(connection, needs);

    var progress = new Progress("IKM", scale.Ikms);
    var batch = new List<IkmRow>(BatchSize);
    long written = 0;
    progress.Report(0);
    foreach (var ikm in generator.Ikms())
    {
        batch.Add(ikm);
        if (batch.Count == BatchSize)
        {
            Flush();
        }
    }

    Flush();
    progress.Done(written);

    var indexing = Stopwatch.StartNew();
    await BulkLoader.CreateIndexesAsync(connection, transaction, indexes);
    await Console.Error.WriteLineAsync(
        $"IkmMatch.Synth: {indexes.Count} secondary indexes rebuilt in {indexing.Elapsed.TotalSeconds:0.0} s" +
        (triggersOff ? "; foreign-key triggers were skipped during the load" : string.Empty));

    var commit = Stopwatch.StartNew();
    await transaction.CommitAsync();
    await Console.Error.WriteLineAsync($"IkmMatch.Synth: committed in {commit.Elapsed.TotalSeconds:0.0} s");
    BulkLoader.MarkTermsCurrent(connection);

    void Flush()
    {
        if (batch.Count == 0)
        {
            return;
        }

        var (c, k) = BulkLoader.WriteIkms(connection, batch);
        capabilities += c;
        certifications += k;
        written += batch.Count;
        batch.Clear();
        progress.Report(written);
    }
}

var loaded = load.Elapsed;

// 4. Statistics and the visibility map, as a registry that has been in use would have them.
var analyze = Stopwatch.StartNew();
foreach (var table in BulkLoader.RegistryTables.Split(", "))
{
    await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", connection) { CommandTimeout = 0 };
    await vacuum.ExecuteNonQueryAsync();
}

var analyzed = analyze.Elapsed;
var rows = scale.Ikms + capabilities + certifications + scale.Industries + scale.Needs;
Console.Out.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"IkmMatch.Synth: loaded {scale.Ikms:N0} IKM ({capabilities:N0} capabilities, {certifications:N0} certificates), " +
    $"{scale.Industries:N0} industries and {scale.Needs:N0} open needs = {rows:N0} rows in {loaded.TotalSeconds:0.0} s " +
    $"({scale.Ikms / loaded.TotalSeconds:N0} IKM/s, {rows / loaded.TotalSeconds:N0} rows/s); " +
    $"migrations {migrated.TotalSeconds:0.0} s, VACUUM ANALYZE {analyzed.TotalSeconds:0.0} s, total {total.Elapsed.TotalSeconds:0.0} s"));
Console.Out.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"synth scale={scale.Name} seed={options.Seed} ikms={scale.Ikms} capabilities={capabilities} certifications={certifications} " +
    $"industries={scale.Industries} needs={scale.Needs} rows={rows} load_s={loaded.TotalSeconds:0.00} analyze_s={analyzed.TotalSeconds:0.00} " +
    $"total_s={total.Elapsed.TotalSeconds:0.00} ikm_per_s={scale.Ikms / loaded.TotalSeconds:0} rows_per_s={rows / loaded.TotalSeconds:0}"));
return 0;
