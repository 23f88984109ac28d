using ServiceBot.Content;

namespace ServiceBot.Understanding;

public static class UnderstandingHostingExtensions
{
    /// <summary>
    /// The classifier trained with every content snapshot, and the count of messages the bot did not act on. A
    /// <see cref="SavedClassifiers"/> registered by the host (in the data folder) lets a restart load the classifier.
    /// </summary>
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IContentSnapshotPreparer, UnderstandingSnapshotPreparer>();
        builder.Services.AddSingleton<UnderstandingTelemetry>();
        return builder;
    }
}
