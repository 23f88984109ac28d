using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Localization;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// Per test: a fresh loopback channel with one signing key endorsed for Teams, an Emulator key, a key for each Entra ID
/// tenant trusted to issue channel tokens, and the bot host configured against them. Tests post activities over HTTP
/// with genuinely signed tokens.
/// </summary>
public abstract class BotHostTestBase : IAsyncLifetime
{
    protected FakeChannelServer Channel { get; private set; } = null!;

    protected ServiceBotApplication App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected FakeTokenEndpoint Entra { get; private set; } = null!;

    protected TestKey ChannelKey => Channel.ChannelKeys[0];

    protected TestKey EmulatorKey => Channel.EmulatorKeys[0];

    protected virtual string? AppId => ServiceBotApplication.TestAppId;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannelServer.StartAsync();
        Entra = await FakeTokenEndpoint.StartAsync();
        PublishTeamsKeys(Channel);
        Channel.EmulatorKeys.Add(new TestKey("emulator-key-1"));
        App = CreateApplication(Channel);
        Client = App.CreateClient();
    }

    /// <summary>
    /// One signing key endorsed for Teams (and the Emulator), and, like Entra ID, a key published by every tenant trusted
    /// to issue channel tokens (the tests sign with others).
    /// </summary>
    public static void PublishTeamsKeys(FakeChannelServer channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        channel.ChannelKeys.Add(new TestKey("channel-key-1", "msteams", "emulator"));
        foreach (var tenant in AuthenticationConstants.BotServiceTenantIds.Append(ServiceBotApplication.TestTenantId))
        {
            channel.EntraKeys[tenant] = [new TestKey($"published-{tenant[..8]}")];
        }
    }

    protected virtual ServiceBotApplication CreateApplication(FakeChannelServer channel) => new(channel, AppId, Entra);

    /// <summary>An interface text as the running bot has it (from dialogs/), so tests survive wording edits.</summary>
    protected string Text(string key, Language language) => App.Services.GetRequiredService<ITextCatalog>().Get(key, language);

    protected string ValidToken(string? serviceUrl = null) =>
        TokenFactory.ChannelToken(ChannelKey, ServiceBotApplication.TestAppId, serviceUrl ?? Channel.ServiceUrl());

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
