using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Understanding;

namespace ServiceBot.Hosting;

/// <summary>The table of contents of the application: one call per area.</summary>
public static class ServiceBotHostingExtensions
{
    public static WebApplicationBuilder AddServiceBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.AddStorage();
        builder.AddUnderstanding();
        builder.AddContent();
        builder.AddBotFramework();
        builder.AddProactive();
        builder.AddDialogs();
        return builder;
    }

    public static WebApplication MapServiceBot(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapBotFramework();
        return app;
    }
}
