using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// The whole ServiceBot host, in process, wired to a <see cref="FakeChannelServer"/> on loopback: its OpenID metadata
/// for inbound tokens, and (with an app id) a signed app token for outbound calls.
/// </summary>
public sealed class ServiceBotApplication(FakeChannelServer channel, string? appId = ServiceBotApplication.TestAppId) : WebApplicationFactory<Program>
{
    public const string TestAppId = "6f1e2c3b-8a4d-4e5f-9a0b-1c2d3e4f5a6b";
    public const string TestTenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public string Environment { get; init; } = "Development";

    public TestKey AppTokenKey { get; } = new("app-token-key");

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceBotApplication WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("MicrosoftAppType", "SingleTenant");
        builder.UseSetting("MicrosoftAppId", appId ?? string.Empty);
        builder.UseSetting("MicrosoftAppPassword", appId is null ? string.Empty : "test-secret");
        builder.UseSetting("MicrosoftAppTenantId", appId is null ? string.Empty : TestTenantId);
        builder.UseSetting("BotFramework:ChannelOpenIdMetadataUrl", channel.ChannelMetadataUrl);
        builder.UseSetting("BotFramework:EmulatorOpenIdMetadataUrl", channel.EmulatorMetadataUrl);
        builder.UseSetting("BotFramework:MinimumKeyRefreshInterval", "00:00:00");
        builder.UseSetting("BotFramework:ConnectorBaseDelay", "00:00:00.050");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            if (appId is not null)
            {
                services.RemoveAll<IAppTokenProvider>();
                services.AddSingleton<IAppTokenProvider>(new SignedAppTokenProvider(AppTokenKey, appId));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AppTokenKey.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Stands in for Entra ID: hands the bot a real signed token, which tests then verify at the channel.</summary>
    private sealed class SignedAppTokenProvider(TestKey key, string appId) : IAppTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(TokenFactory.AppToken(key, appId));
    }
}
