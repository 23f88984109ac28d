using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.Content;
using ServiceBot.Dialogs;
using ServiceBot.Feedback;
using ServiceBot.People;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Understanding;
using ServiceBot.Web.Chat;
using ServiceBot.Web.Studio;
using ServiceBot.WebIdentity;

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
        builder.Services.AddSingleton(SavedClassifiersInTheDataFolder);
        builder.AddContent();
        builder.AddBotFramework();
        builder.AddProactive();
        builder.AddPeople();
        builder.AddWebIdentity();
        builder.AddStudio();
        builder.AddFeedback();
        builder.AddDialogs();
        builder.AddWarmUp();
        builder.Services.LoadKeyRingAtFirstUse();
        return builder;
    }

    /// <summary>After the port opens and before /ready: signing keys, app token, the turn path rehearsed.</summary>
    private static void AddWarmUp(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmUpOptions>().BindConfiguration(WarmUpOptions.SectionName);
        builder.Services.AddSingleton<Turns.TurnPathWarmUp>();
        builder.Services.AddSingleton<ConnectorTransportWarmUp>();
        builder.Services.AddSingleton<FirstAnswer>();
        builder.Services.AddSingleton<StartupWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StartupWarmUp>());
    }

    /// <summary>
    /// Trained classifiers are kept in the instance's data folder, so a restart with the same examples loads one; the
    /// one a Release build trained on the shipped examples (next to the app) serves a first start.
    /// </summary>
    private static SavedClassifiers SavedClassifiersInTheDataFolder(IServiceProvider services) => new(
        Path.Combine(
            services.GetRequiredService<IHostEnvironment>().ContentRootPath,
            services.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder,
            "classifiers"),
        services.GetRequiredService<ILogger<SavedClassifiers>>(),
        shipped: Path.Combine(AppContext.BaseDirectory, SavedClassifiers.ShippedFolderName));

    public const string HealthPath = "/healthz";

    public static WebApplication MapServiceBot(this WebApplication app)
    {
        app.UseFirstAnswerSignal();
        // /healthz: the process is up and serving its content (the port opens before the classifier is trained).
        // Answered ahead of the static files and people's sign-in, which it needs neither of: the first probe after
        // the port opens does not wait for their first use.
        app.UseHealthChecks(HealthPath);
        // Routing after it (WebApplication otherwise puts it first): the first request routed builds every endpoint
        // and the route table, about a twentieth of the start's CPU, which /healthz never needs.
        app.UseRouting();
        // Static files (wwwroot: the bundles built from web/ in assets/), then sign-in for people; pages come after.
        // The local chat page's own files exist only where the page does.
        app.UseChatPageFiles();
        app.UseWebIdentity();
        // /ready: also every sentence is understood without waiting for the training, and the warm-up is done.
        app.MapReadiness();
        app.MapBotFramework();
        app.MapWebIdentity();
        app.MapChatPage();
        app.MapStudio();
        app.MapFeedback();
        return app;
    }

    /// <summary>Tells <see cref="FirstAnswer"/> when the first request has been answered (later requests pass straight through).</summary>
    private static void UseFirstAnswerSignal(this WebApplication app)
    {
        var firstAnswer = app.Services.GetRequiredService<FirstAnswer>();
        app.Use((context, next) => firstAnswer.Answered.IsCompleted ? next(context) : SignalAfterAsync(context, next, firstAnswer));

        static async Task SignalAfterAsync(HttpContext context, RequestDelegate next, FirstAnswer firstAnswer)
        {
            try
            {
                await next(context);
            }
            finally
            {
                firstAnswer.Signal();
            }
        }
    }
}
