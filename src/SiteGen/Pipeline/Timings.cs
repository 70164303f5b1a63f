using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Pipeline;

/// <summary>
/// An opt-in record of when each part of a build ran (pipelines' phases, modules), written as a table of
/// tab-separated lines: what, start and end in milliseconds since the Unix epoch. Set <see cref="Variable"/>
/// to a file to have it written; the wall clock lets it be lined up with CPU samples taken from outside.
/// </summary>
public sealed class Timings(string file)
{
    /// <summary>The environment variable naming the file the table is written to.</summary>
    public const string Variable = "SITEGEN_TIMINGS";

    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>A record to fill when <see cref="Variable"/> is set; else null, and nothing is measured.</summary>
    public static Timings? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? new Timings(file) : null;

    /// <summary>Notes that <paramref name="what"/> ran from <paramref name="start"/> until now.</summary>
    public void Add(string what, DateTimeOffset start) => Add(what, start, DateTimeOffset.UtcNow);

    /// <summary>Notes that <paramref name="what"/> ran from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public void Add(string what, DateTimeOffset start, DateTimeOffset end) =>
        lines.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{what}\t{start.ToUnixTimeMilliseconds()}\t{end.ToUnixTimeMilliseconds()}"));

    /// <summary>Writes the table, with the process's start-up (from its start to the first thing measured) as its first line.</summary>
    public void Write()
    {
        using var process = Process.GetCurrentProcess();
        var started = new DateTimeOffset(process.StartTime.ToUniversalTime());
        File.WriteAllLines(file, [string.Create(CultureInfo.InvariantCulture, $"process start\t{started.ToUnixTimeMilliseconds()}\t{started.ToUnixTimeMilliseconds()}"), .. lines]);
    }
}
