using System.Globalization;
using System.Text;

namespace IkmMatch.Faults;

/// <summary>The figures of a run, per fault and in all, and whether they pass.</summary>
internal sealed class Ledger(
    IReadOnlyList<Attempt> attempts, IReadOnlyList<FaultRun> faults, int lost, int stuckKeys, TimeSpan recoveryLimit, int errorLogLines, long logBytes, int acknowledged)
{
    public List<string> Failures { get; } = [];

    public bool Passed => Failures.Count == 0;

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"phase",-32} {"requests",8} {"ack",6} {"503",5} {"500",5} {"bare5xx",7} {"no-answer",9} {"409-busy",8} {"dup",4} {"4xx",4} {"recovery s",10}");
        foreach (var phase in attempts.Select(a => a.Phase).Distinct())
        {
            var of = attempts.Where(a => a.Phase == phase).ToList();
            var fault = faults.Where(f => f.Name == phase).ToList();
            var recovery = fault.Count == 0 ? "" : string.Join(",", fault.Select(f => Recovery(f)?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "never"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{phase,-32} {of.Count,8} {of.Count(a => a.Outcome is Outcome.Created or Outcome.Replayed),6} {Count(of, Outcome.Unavailable503),5} {Count(of, Outcome.Problem500),5} {Count(of, Outcome.Bare5xx),7} {Count(of, Outcome.NoAnswer),9} {Count(of, Outcome.InProgress409),8} {Count(of, Outcome.Duplicate409),4} {Count(of, Outcome.Other4xx),4} {recovery,10}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"acknowledged creates: {acknowledged} (keyed replays: {Count(attempts, Outcome.Replayed)}); lost: {lost}; bare 5xx: {Count(attempts, Outcome.Bare5xx)}; stuck keys: {stuckKeys}; keyed creates made twice: {Count(attempts, Outcome.Duplicate409)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"API log: {errorLogLines} error-level lines, {logBytes:N0} bytes");
        foreach (var other in attempts.Where(a => a.Outcome is Outcome.Other4xx or Outcome.Problem500 or Outcome.Bare5xx or Outcome.Duplicate409).Take(5))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  e.g. {other.Phase}: {other.Status} {other.Detail}");
        }

        if (lost > 0)
        {
            Failures.Add($"{lost} acknowledged create(s) lost");
        }

        if (Count(attempts, Outcome.Bare5xx) > 0)
        {
            Failures.Add("bare 5xx answers");
        }

        if (stuckKeys > 0)
        {
            Failures.Add($"{stuckKeys} idempotency key(s) stuck");
        }

        if (Count(attempts, Outcome.Duplicate409) > 0 || Count(attempts, Outcome.Other4xx) > 0)
        {
            Failures.Add("a keyed create ran twice or a create was refused as bad input");
        }

        foreach (var fault in faults.Where(f => Recovery(f) is not { } r || r > recoveryLimit))
        {
            Failures.Add($"{fault.Name}: no create succeeded within {recoveryLimit.TotalSeconds:0} s of answering again");
        }

        if (acknowledged == 0)
        {
            Failures.Add("nothing was acknowledged");
        }

        return text.ToString();
    }

    /// <summary>From answering again to the first create sent after that which succeeded.</summary>
    private TimeSpan? Recovery(FaultRun fault) =>
        attempts.Where(a => a.Sent >= fault.AnsweringAgain && a.Outcome is Outcome.Created or Outcome.Replayed)
            .Select(a => (TimeSpan?)(a.Answered - fault.AnsweringAgain)).Min();

    private static int Count(IEnumerable<Attempt> of, Outcome outcome) => of.Count(a => a.Outcome == outcome);
}
