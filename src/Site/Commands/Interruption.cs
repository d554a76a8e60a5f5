using System.Runtime.InteropServices;

namespace Site.Commands;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM and SIGHUP during a build: the build's token is cancelled, which deletes the staging
/// folder and stops the search indexer, then the process ends as the signal asks (exit status 128 + signal). A build
/// that cannot be cancelled half-way (loading a large study) therefore still stops at once and leaves nothing behind.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = new();
    private readonly Func<bool> _committed;

    public CancellationToken Token => _cancel.Token;

    /// <param name="committed">True once the new site is in place: the message then says so.</param>
    public Interruption(Func<bool> committed)
    {
        _committed = committed;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
    }

    private void Handle(PosixSignalContext context)
    {
        // Runs the cancellation callbacks here, synchronously: the indexer is killed and the staging folder deleted.
        _cancel.Cancel();
        Console.Error.WriteLine(_committed()
            ? $"Interrupted ({context.Signal}) after the new site was put in place."
            : $"Interrupted ({context.Signal}): the build was cancelled and its staging folder removed. The output folder was not changed.");
        // Not cancelled: the runtime now ends the process as the signal's default would.
        context.Cancel = false;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
