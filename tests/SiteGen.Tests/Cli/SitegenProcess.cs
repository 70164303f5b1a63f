using System.Diagnostics;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the sitegen program as a separate process, as a user would, and captures what it prints.</summary>
public static class SitegenProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Outcome> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return await FinishAsync(process);
    }

    /// <summary>Runs sitegen with these environment variables set as well, such as SITEGEN_CACHE_DIR.</summary>
    public static async Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        return await FinishAsync(process);
    }

    /// <summary>Starts sitegen without waiting for it, for tests that act on the running process.</summary>
    public static Process Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        // The build cache goes beside the tests, not into the user's own cache folder; one folder for the
        // whole run, so the layouts are compiled by the first sitegen process and loaded by the rest.
        start.Environment["SITEGEN_CACHE_DIR"] = Path.Combine(AppContext.BaseDirectory, "sitegen-cache");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    public static async Task<Outcome> FinishAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
