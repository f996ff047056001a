using System.Globalization;
using IkmMatch.Faults;

// Drives steady creates against the API while PostgreSQL is restarted (fast, immediate), frozen, and the API killed,
// then prints a ledger and exits 1 when anything acknowledged was lost, a bare 500 appeared, an idempotency key stayed
// stuck, a keyed create ran twice, or recovery took longer than allowed. Started by build/faults.sh, which gives it a
// PostgreSQL cluster of its own and the built API.
var options = HarnessOptions.Parse(args);
await using var harness = new Harness(options);
var ledger = await harness.RunAsync();
Console.WriteLine(ledger.Format());
Console.WriteLine(ledger.Passed
    ? "faults: PASS"
    : "faults: FAIL — " + string.Join("; ", ledger.Failures));
return ledger.Passed ? 0 : 1;

namespace IkmMatch.Faults
{
    /// <summary>What build/faults.sh passes in.</summary>
    internal sealed record HarnessOptions(
        string ApiDll,
        string PgBin,
        string PgData,
        int PgPort,
        string Database,
        bool AsPostgresUser,
        bool Short,
        string LogFile)
    {
        public TimeSpan Steady => Short ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(8);

        public TimeSpan Freeze => Short ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(6);

        public int Workers => Short ? 3 : 6;

        /// <summary>How long after a fault a create may take to succeed again, counted from when PostgreSQL (or the API) answers again.</summary>
        public static TimeSpan RecoveryLimit => TimeSpan.FromSeconds(5);

        /// <summary>The API's default idempotency lease: a key "in progress" longer than this and the recovery limit is stuck.</summary>
        public static int LeaseSeconds => 15;

        public string ConnectionString => $"Host=127.0.0.1;Port={PgPort};Database={Database};Username=postgres";

        public static HarnessOptions Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] is "--short" or "--as-postgres")
                {
                    values[args[i]] = "true";
                }
                else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    values[args[i]] = args[++i];
                }
                else
                {
                    throw new ArgumentException($"unknown argument '{args[i]}'");
                }
            }

            string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{name} is required");
            return new HarnessOptions(
                Required("--api-dll"),
                Required("--pg-bin"),
                Required("--pg-data"),
                int.Parse(Required("--pg-port"), CultureInfo.InvariantCulture),
                Required("--database"),
                values.ContainsKey("--as-postgres"),
                values.ContainsKey("--short"),
                Required("--log"));
        }
    }
}
