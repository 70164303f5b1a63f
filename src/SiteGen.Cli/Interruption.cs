using System.Runtime.InteropServices;

namespace SiteGen.Cli;

/// <summary>
/// Turns Ctrl+C and termination signals into a cancellation the build sees, instead of ending the
/// process at once: the build stops, removes its staging folder and leaves the previous output as it was.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly List<PosixSignalRegistration> registrations = [];

    public Interruption()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        // SIGINT is also Console.CancelKeyPress; SIGTERM (kill, service managers, CI timeouts) and SIGHUP
        // (the terminal closed) are not, and SIGHUP/SIGTERM do nothing on Windows.
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
    }

    public CancellationToken Token => source.Token;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        // A second Ctrl+C while the build is stopping ends the process the usual way.
        if (source.IsCancellationRequested) return;
        e.Cancel = true;
        Stop();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (source.IsCancellationRequested) return;
        context.Cancel = true;
        Stop();
    }

    private void Stop()
    {
        Console.Error.WriteLine("sitegen: stopping; the previous output is kept ...");
        source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        foreach (var registration in registrations) registration.Dispose();
        source.Dispose();
    }
}
