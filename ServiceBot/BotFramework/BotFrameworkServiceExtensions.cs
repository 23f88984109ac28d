using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.DirectLine;
using ServiceBot.Localization;
using ServiceBot.Turns;

namespace ServiceBot.BotFramework;

public static class BotFrameworkServiceExtensions
{
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotCredentialsOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<LocalModeNotice>();

        // SigningKeyCache bounds every fetch with BotFramework:KeyFetchTimeout on the injected clock.
        services.AddHttpClient(OpenIdMetadataRetriever.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        // Every reply is a Connector call: no per-request log entries (four at Information, each with its scopes);
        // a failed call is logged by the outbox with its status and reason.
        services.AddHttpClient(ConnectorClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30)).RefuseRedirects().RemoveAllLoggers();
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).RefuseRedirects();
        services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddMetrics();
        services.AddSingleton<BotAuthenticationMetrics>();
        services.AddSingleton<OpenIdMetadataRetriever>();
        services.AddSingleton<SigningKeyCaches>();
        services.AddSingleton<ValidatedTokens>();
        services.AddSingleton<BotTokenAuthenticator>();
        services.AddSingleton<AuthenticationFailureResponse>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<ConnectorClientFactory>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton(CreateAppTokenProvider);
        services.AddScoped<MessagesEndpoint>();
        services.AddDirectLine();

        services.AddSingleton<TurnRouter>();
        services.AddScoped<TurnRunner>();
        foreach (var handlerType in RouteTable.Routes.Select(r => r.HandlerType).Distinct())
        {
            services.TryAddScoped(handlerType);
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(MessagesEndpoint.Path, (HttpContext http, MessagesEndpoint endpoint) => endpoint.ProcessAsync(http));
        endpoints.MapLocalDirectLine();
        return endpoints;
    }

    private static IAppTokenProvider CreateAppTokenProvider(IServiceProvider services)
    {
        var credentials = services.GetRequiredService<IOptions<BotCredentialsOptions>>();
        if (credentials.Value.IsAuthenticationDisabled)
        {
            return new NoAppTokenProvider();
        }

        return credentials.Value.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            ? new MsalManagedIdentityTokenProvider(credentials, services.GetRequiredService<Microsoft.Identity.Client.IMsalHttpClientFactory>(), services.GetRequiredService<TimeProvider>())
            : new MsalClientSecretTokenProvider(
                credentials,
                services.GetRequiredService<IOptions<BotFrameworkOptions>>(),
                services.GetRequiredService<Microsoft.Identity.Client.IMsalHttpClientFactory>(),
                services.GetRequiredService<TimeProvider>());
    }
}
