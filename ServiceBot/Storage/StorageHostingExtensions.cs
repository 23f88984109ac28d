using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;

namespace ServiceBot.Storage;

/// <summary>Registers the stores for the engine chosen by <c>Storage:Provider</c>.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Adds <see cref="IStateStore"/>, <see cref="IConversationReferenceStore"/>, <see cref="IServiceSessionStore"/>,
    /// <see cref="IFeedbackStore"/>, <see cref="IScheduledMessageStore"/> and
    /// <see cref="ConversationLocks"/>; validates
    /// the <c>Storage</c> section, migrates the database at start and runs the retention purge in the background.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<StorageDatabase>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            var logger = provider.GetRequiredService<ILogger<StorageDatabase>>();
            return options.Provider switch
            {
                StorageProvider.Postgres => new PostgresDatabase(options.ConnectionString!, time, logger),
                _ => new SqliteDatabase(
                    Path.Combine(contentRoot, options.DataFolder, StorageOptions.SqliteFileName), time, logger),
            };
        });

        services.AddSingleton<IStateStore, SqlStateStore>();
        services.AddSingleton<IConversationReferenceStore, SqlConversationReferenceStore>();
        services.AddSingleton<IServiceSessionStore, SqlServiceSessionStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<Content.Revisions.IContentRevisionStore, SqlContentRevisionStore>();
        services.AddSingleton<Admin.IMissedUtteranceStore, SqlMissedUtteranceStore>();
        services.AddSingleton<IScheduledMessageStore, SqlScheduledMessageStore>();
        services.AddSingleton<ConversationLocks>();
        // SQLite's group commit is the database's own, disposed with it, not a service of its own: the container disposes
        // in the reverse order of creation, and the group commit was created after the outbox's sent marks, so a stop
        // disposed it first and the marks' last flush failed (ObjectDisposedException; the replies went out again after
        // a restart). Everything that writes depends on the database, so the database outlives it.
        services.AddSingleton<ITurnStore>(provider =>
        {
            var database = provider.GetRequiredService<StorageDatabase>();
            var time = provider.GetRequiredService<TimeProvider>();
            return database is PostgresDatabase postgres
                ? new PostgresTurnStore(postgres, time, provider.GetService<IWaitingSentMarks>())
                : new SqliteTurnStore(database, ((SqliteDatabase)database).GroupCommit, time, ((SqliteDatabase)database).Readers);
        });
        services.AddSingleton<IOutboxStore, SqlOutboxStore>();
        services.AddSingleton<LiveCardStore>();
        services.AddSingleton<SqlProcessedActivityStore>();
        services.AddSingleton<BotFramework.Deduplication.IProcessedActivityStore>(provider => provider.GetRequiredService<SqlProcessedActivityStore>());
        services.AddSingleton<RetentionPurger>();

        services.AddHostedService<StorageStartupService>();
        services.AddHostedService<RetentionPurgeService>();
        return builder;
    }
}
