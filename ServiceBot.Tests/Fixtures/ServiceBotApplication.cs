using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// The whole ServiceBot host, in process, wired to a <see cref="FakeChannelServer"/> on loopback for its OpenID
/// metadata and Connector calls, and (with an app id) to a <see cref="FakeTokenEndpoint"/> from which MSAL gets the
/// bot's app token over HTTPS.
/// </summary>
public sealed class ServiceBotApplication(FakeChannelServer channel, string? appId = ServiceBotApplication.TestAppId, FakeTokenEndpoint? entra = null)
    : WebApplicationFactory<Program>
{
    public const string TestAppId = "6f1e2c3b-8a4d-4e5f-9a0b-1c2d3e4f5a6b";
    public const string TestTenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public string Environment { get; init; } = "Development";

    /// <summary>When set, the host's clock: tests move time by hand (waiting reminders, time of day).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>This host's own SQLite data folder, removed with the host.</summary>
    public string DataFolder { get; init; } = Path.Combine(Path.GetTempPath(), "servicebot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leave the data folder on dispose, for a restart on the same data.</summary>
    public bool KeepDataFolder { get; init; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>More test services, registered after the host's own (for example a handler that trusts a loopback certificate).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

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
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("BotFramework:ChannelOpenIdMetadataUrl", channel.ChannelMetadataUrl);
        builder.UseSetting("BotFramework:EmulatorOpenIdMetadataUrl", channel.EmulatorMetadataUrl);
        builder.UseSetting("BotFramework:EntraOpenIdMetadataUrl", channel.EntraMetadataUrlTemplate);
        builder.UseSetting("BotFramework:MinimumKeyRefreshInterval", "00:00:00");
        builder.UseSetting("BotFramework:ConnectorBaseDelay", "00:00:00.050");

        // Tests read the replies once the POST is answered: on a loaded machine the first reply (which waits for the
        // app token) may need more than the production budget. The budget's own tests set it short.
        builder.UseSetting("Outbox:ReplyBudget", "00:01:00");

        // The start's warm-up fetches the keys and the app token in the background: a test that changes what the
        // channel or Entra answers after the host starts would race it. Its own tests turn it on (StartupWarmUpTests).
        builder.UseSetting("WarmUp:Enabled", "false");
        if (entra is not null)
        {
            builder.UseSetting("BotFramework:AuthorityHost", entra.BaseUrl);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
            if (entra is not null)
            {
                services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(entra.CreateTrustingHandler);
            }

            TestServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepDataFolder)
        {
            await DeleteDataFolderAsync();
        }
    }

    // A background task still finishing when the host stops can open the database once more and recreate an empty
    // file while the folder is being deleted (seen once in a Direct Line test); the folder goes on the next try.
    private async Task DeleteDataFolderAsync()
    {
        for (var attempt = 1; Directory.Exists(DataFolder); attempt++)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(100);
            }
        }
    }
}
