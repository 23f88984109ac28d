using Microsoft.Extensions.Options;
using ServiceBot.Content;
using ServiceBot.Storage;

namespace ServiceBot.Understanding;

public static class UnderstandingHostingExtensions
{
    /// <summary>Folder of <see cref="SavedClassifiers"/> inside the instance's data folder (<c>Storage:DataFolder</c>).</summary>
    public const string SavedClassifiersFolder = "classifiers";

    /// <summary>
    /// The classifier trained with every content snapshot (kept in the data folder, so a restart with the same
    /// examples loads it), and the count of messages the bot did not act on.
    /// </summary>
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new SavedClassifiers(
            Path.Combine(
                services.GetRequiredService<IHostEnvironment>().ContentRootPath,
                services.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder,
                SavedClassifiersFolder),
            services.GetRequiredService<ILogger<SavedClassifiers>>()));
        builder.Services.AddSingleton<IContentSnapshotPreparer, UnderstandingSnapshotPreparer>();
        builder.Services.AddSingleton<UnderstandingTelemetry>();
        return builder;
    }
}
