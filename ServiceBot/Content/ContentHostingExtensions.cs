using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Content.Loading;
using ServiceBot.Localization;

namespace ServiceBot.Content;

public static class ContentHostingExtensions
{
    /// <summary>
    /// The dialog content: loaded and validated before the bot serves anything (invalid content stops the start with
    /// the file:line list), then reloaded on every valid edit.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new ContentLoader(
            services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetServices<IContentSnapshotPreparer>()));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
            var folder = ContentFolderLocator.Resolve(options.Folder, services.GetRequiredService<IHostEnvironment>().ContentRootPath);

            // Runs once while the host starts (no synchronization context), before any request can arrive.
            return ContentStore.CreateAsync(folder, services.GetRequiredService<ContentLoader>(),
                services.GetRequiredService<ILogger<ContentStore>>()).GetAwaiter().GetResult();
        });
        builder.Services.AddSingleton<ITextCatalog, ContentTextCatalog>();
        builder.Services.AddHostedService<ContentWatcher>();
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return builder;
    }
}
