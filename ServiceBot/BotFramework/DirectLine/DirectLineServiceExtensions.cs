namespace ServiceBot.BotFramework.DirectLine;

/// <summary>The local Direct Line: its services always (they hold nothing until used), its endpoints answering only in local mode.</summary>
public static class DirectLineServiceExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddSingleton<LocalOnly>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineReplyChannel>();
        services.AddSingleton<DirectLineTurns>();
        services.AddHostedService<LocalPeopleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapLocalDirectLine(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDirectLine();
        endpoints.MapDirectLineConnector();
        return endpoints;
    }
}
