using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Proactive;
using ServiceBot.Storage;

namespace ServiceBot.Hosting;

/// <summary>The table of contents of the application: one call per area.</summary>
public static class ServiceBotHostingExtensions
{
    public static WebApplicationBuilder AddServiceBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.AddStorage();
        builder.AddContent();
        builder.AddBotFramework();
        builder.AddProactive();
        builder.AddDialogs();
        return builder;
    }

    public static WebApplication MapServiceBot(this WebApplication app)
    {
        // wwwroot: the bundles built from web/ (assets/); pages are mapped by the features that own them.
        app.UseStaticFiles();
        app.MapHealthChecks("/healthz");
        app.MapBotFramework();
        return app;
    }
}
