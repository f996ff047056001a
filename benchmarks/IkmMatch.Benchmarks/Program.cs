using BenchmarkDotNet.Running;
using IkmMatch.Benchmarks;

// dotnet run -c Release --project benchmarks/IkmMatch.Benchmarks -- --filter '*' --job short
// (build/bench.sh runs it so and puts the table in docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(ScorerBenchmarks).Assembly).Run(args);
