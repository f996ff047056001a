using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using IkmMatch.Benchmarks;

// dotnet run -c Release --project benchmarks/IkmMatch.Benchmarks -- --filter '*' --job short
// (build/bench.sh runs it so and puts the table in docs/benchmarks.md). Artifacts go under bin/, not into the
// source tree, unless --artifacts says otherwise.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(ScorerBenchmarks).Assembly).Run(args, config);
