using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceBot.Storage;

/// <summary>Opens the database and applies migrations before the app serves anything; failure stops the app.</summary>
internal sealed class StorageStartupService(StorageDatabase database, ILogger<StorageStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.EnsureMigratedAsync(cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            StorageLog.StorageUnavailable(logger, database.Provider, database.Location, ex.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
