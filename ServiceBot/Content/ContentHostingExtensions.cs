using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Localization;

namespace ServiceBot.Content;

public static class ContentHostingExtensions
{
    /// <summary>
    /// The dialog content: loaded and validated before the bot serves anything (invalid content stops the start with
    /// the file:line list), then reloaded on every valid edit. With storage (<see cref="IContentRevisionStore"/>
    /// registered first, by AddStorage) the published revision in the database is served and followed, the folder seeds an empty database,
    /// and a watched folder's valid edits are published; without it the folder is read directly.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new ContentLoader(
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetServices<IContentSnapshotPreparer>(),
            ReadStamp(services.GetRequiredService<ILogger<ContentLoader>>())));
        builder.Services.AddSingleton(services => new ContentFolder(ContentFolderLocator.Resolve(
            services.GetRequiredService<IOptions<ContentOptions>>().Value.Folder,
            services.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        builder.Services.AddSingleton<LiveRevisionSource>();
        builder.Services.AddSingleton<ContentStartup>();
        builder.Services.AddSingleton<ContentPublisher>();
        builder.Services.AddSingleton<ContentRevisionFollower>();
        builder.Services.AddSingleton(services => new ContentStoreCreation(() => CreateStoreAsync(services)));
        builder.Services.AddSingleton(services => services.GetRequiredService<ContentStoreCreation>().Wait());
        builder.Services.AddSingleton<ITextCatalog, ContentTextCatalog>();
        if (builder.Services.Any(service => service.ServiceType == typeof(IContentRevisionStore)))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ContentRevisionFollower>());
        }

        builder.Services.AddHostedService(services => new ContentWatcher(
            services.GetService<IContentRevisionStore>() is null
                ? new FolderReload(services.GetRequiredService<ContentStore>())
                : new FolderRevisionPublisher(
                    services.GetRequiredService<ContentFolder>().Path,
                    services.GetRequiredService<ContentStartup>(),
                    services.GetRequiredService<ContentRevisionFollower>(),
                    services.GetRequiredService<ILogger<FolderRevisionPublisher>>()),
            services.GetRequiredService<IOptions<ContentOptions>>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILogger<ContentWatcher>>()));
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return builder;
    }

    /// <summary>The Release build's record of the shipped content it checked, next to the app (none in Debug builds).</summary>
    private static ValidatedContentStamp? ReadStamp(ILogger logger)
    {
        var path = Path.Combine(AppContext.BaseDirectory, ValidatedContentStamp.FileName);
        var stamp = ValidatedContentStamp.Read(path);
        if (stamp is not null)
        {
            ContentLog.CheckedAtBuild(logger, stamp.Version, path);
        }

        return stamp;
    }

    private static Task<ContentStore> CreateStoreAsync(IServiceProvider services)
    {
        var folder = services.GetRequiredService<ContentFolder>().Path;
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        return services.GetService<IContentRevisionStore>() is null
            ? ContentStore.CreateAsync(folder, services.GetRequiredService<ContentLoader>(), services.GetRequiredService<ILogger<ContentStore>>())
            : services.GetRequiredService<ContentStartup>().CreateStoreAsync(folder, options.Watch);
    }

    /// <summary>
    /// Starts creating the content store on the thread pool (see <see cref="ContentStoreCreation"/>): called once the
    /// app is built, before its endpoints are mapped and the host starts, which then wait for it where they need it.
    /// </summary>
    public static void BeginContentStore(this IServiceProvider services) =>
        services.GetRequiredService<ContentStoreCreation>().Begin();
}
