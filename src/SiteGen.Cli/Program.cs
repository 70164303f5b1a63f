using System.CommandLine;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Diagnostics.Formats;
using SiteGen.Site;

namespace SiteGen.Cli;

/// <summary>Entry point of the sitegen command: parses the command line, runs the command, sets the exit code.</summary>
public static class Program
{
    /// <summary>Exit code for a bug in SiteGen itself (sysexits' EX_SOFTWARE), distinct from problems in the site.</summary>
    public const int InternalError = 70;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            var root = Commands.Create();
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) Console.Error.WriteLine($"sitegen: {error.Message}");
                Console.Error.WriteLine("Run sitegen --help to see the commands and their options.");
                return 2;
            }
            using var interrupt = new Interruption();
            // SiteGen stops on Ctrl+C and SIGTERM itself, so the build can tidy its staging folder
            // before the process ends instead of being cut off after a timeout.
            // Without the parser's own handler, a failure reaches the catch below: one line and a log,
            // never a stack trace.
            var invocation = new InvocationConfiguration
            {
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(invocation, interrupt.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped by Ctrl+C or a signal, which the command has already said.
            return 1;
        }
        catch (Exception e)
        {
            var log = CrashLog.Write(e, "sitegen " + string.Join(' ', args));
            Console.Error.WriteLine($"sitegen: internal error: SiteGen itself failed ({e.GetType().Name}). "
                + $"This is a bug, not a problem with your site; {CrashLog.DetailsAt(log)}.");
            return InternalError;
        }
    }
}
