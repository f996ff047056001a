using System.Globalization;

namespace IkmMatch.Synth;

/// <summary>How big a registry to make.</summary>
internal sealed record Scale(string Name, int Ikms, int Industries, int NeedsPerIndustry, double CilegonShare)
{
    /// <summary>A few dozen records: enough for every kind of need, for the benchmark harness's smoke run.</summary>
    public static readonly Scale Tiny = new("tiny", 60, 10, 2, 1.0);

    /// <summary>Kota Cilegon: the department's 903 IKM and 150 large industries.</summary>
    public static readonly Scale City = new("city", 903, 150, 2, 1.0);

    /// <summary>Indonesia at a quarter of its ~4.4 million IKM; a thousandth of them in Cilegon, the rest elsewhere.</summary>
    public static readonly Scale National = new("national", 1_000_000, 10_000, 2, 0.001);

    public int Needs => Industries * NeedsPerIndustry;

    public static Scale? Parse(string text) => text.ToLowerInvariant() switch
    {
        "tiny" => Tiny,
        "city" => City,
        "national" => National,
        _ => null,
    };
}

/// <summary>The command line of IkmMatch.Synth.</summary>
internal sealed record SynthOptions(Scale Scale, int Seed, string Connection, bool Replace, DateOnly Today, bool CountsOnly)
{
    public const string Usage = """
        IkmMatch.Synth — a synthetic IKM registry, deterministic from a seed, loaded with PostgreSQL binary COPY.

          dotnet tools/IkmMatch.Synth/bin/Release/net10.0/IkmMatch.Synth.dll \
              --scale city|national|tiny [--seed N] --connection "<Npgsql connection string>" [--replace]
              [--today yyyy-MM-dd] [--counts]

          --scale       tiny: 60 IKM, 10 industries; city: 903 IKM, 150 industries (Kota Cilegon);
                        national: 1,000,000 IKM, 10,000 industries. Two open needs per industry.
          --seed        seed of the generator (default 1): the same seed and --today give the same rows and ids
          --connection  the database (default: $IKMMATCH_CONNECTION); migrations are applied first
          --replace     empty the registry tables first (TRUNCATE … CASCADE); without it a non-empty registry
                        is an error
          --today       the date certificates and needed-by dates are relative to (default 2026-11-28)
          --counts      print the row counts the scale produces (ikms industries needs) and exit

        Progress goes to stderr; the summary (rows, seconds, rows/s) to stdout.
        """;

    public static readonly DateOnly DefaultToday = new(2026, 11, 28);

    /// <summary>Parses the arguments; null (after printing why on stderr) when they are wrong.</summary>
    public static SynthOptions? Parse(string[] args)
    {
        Scale? scale = null;
        var seed = 1;
        var connection = Environment.GetEnvironmentVariable("IKMMATCH_CONNECTION");
        var replace = false;
        var counts = false;
        var today = DefaultToday;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            try
            {
                switch (arg)
                {
                    case "--scale":
                        var name = Value();
                        scale = Scale.Parse(name) ?? throw new ArgumentException($"unknown scale '{name}' (tiny, city, national).");
                        break;
                    case "--seed":
                        seed = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                        break;
                    case "--connection":
                        connection = Value();
                        break;
                    case "--replace":
                        replace = true;
                        break;
                    case "--counts":
                        counts = true;
                        break;
                    case "--today":
                        today = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        break;
                    case "-h" or "--help":
                        Console.Out.WriteLine(Usage);
                        return null;
                    default:
                        throw new ArgumentException($"unknown argument '{arg}'.");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine($"IkmMatch.Synth: {ex.Message}");
                Console.Error.WriteLine(Usage);
                return null;
            }
        }

        if (scale is null)
        {
            Console.Error.WriteLine("IkmMatch.Synth: --scale is required.");
            Console.Error.WriteLine(Usage);
            return null;
        }

        if (string.IsNullOrWhiteSpace(connection) && !counts)
        {
            Console.Error.WriteLine("IkmMatch.Synth: --connection (or IKMMATCH_CONNECTION) is required.");
            return null;
        }

        return new SynthOptions(scale, seed, connection ?? string.Empty, replace, today, counts);
    }
}
