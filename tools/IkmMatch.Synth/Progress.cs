using System.Diagnostics;
using System.Globalization;

namespace IkmMatch.Synth;

/// <summary>
/// A progress bar on stderr: <c>IKM [#########-----------]  45.0%  450,000/1,000,000  82,310/s  ETA 0:07</c>,
/// redrawn at most 10 times a second. When stderr is not a terminal (a log file, CI) it prints one line per 10%.
/// </summary>
internal sealed class Progress(string label, long total)
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private long _lastDraw = -1;
    private int _lastDecile = -1;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(long done)
    {
        var ms = _clock.ElapsedMilliseconds;
        if (_terminal)
        {
            if (done < total && _lastDraw >= 0 && ms - _lastDraw < 100)
            {
                return;
            }

            _lastDraw = ms;
            Console.Error.Write($"\r{Line(done)}   ");
        }
        else
        {
            var decile = total == 0 ? 10 : (int)(done * 10 / total);
            if (decile != _lastDecile)
            {
                _lastDecile = decile;
                Console.Error.WriteLine(Line(done));
            }
        }
    }

    public void Done(long done)
    {
        _lastDraw = -1;
        Report(done);
        if (_terminal)
        {
            Console.Error.WriteLine();
        }
    }

    private string Line(long done)
    {
        var fraction = total == 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * Width);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var rate = done / seconds;
        var eta = rate > 0 && done < total ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-14} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,5:0.0}%  {done:N0}/{total:N0}  {rate:N0}/s  ETA {(int)eta.TotalMinutes}:{eta.Seconds:00}");
    }
}
