namespace ServiceBot.Hosting;

/// <summary>
/// A <see cref="BackgroundService"/> that tolerates being disposed before it is stopped. A host stops its services
/// before disposing them, but WebApplicationFactory can dispose first (dotnet/aspnetcore#57738); stopping a disposed
/// service would then throw from the disposed cancellation source and fail the host's shutdown.
/// </summary>
public abstract class DisposalSafeBackgroundService : BackgroundService
{
    private int _disposed;

    public override Task StopAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _disposed) == 1 ? Task.CompletedTask : StopOnceAsync(cancellationToken);

    public override void Dispose()
    {
        Interlocked.Exchange(ref _disposed, 1);
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 1)
        {
            // Disposed while stopping: the work was cancelled by the disposal itself.
        }
    }
}
