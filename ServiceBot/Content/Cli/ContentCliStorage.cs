using ServiceBot.Storage;

namespace ServiceBot.Content.Cli;

/// <summary>
/// The database the bot itself uses (the same settings: appsettings, environment, user secrets), for the commands
/// that read or write content revisions. The content root is the directory the app started in, as for the bot.
/// </summary>
internal static class ContentCliStorage
{
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddStorage();
        return builder.Build();
    }
}
