using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Localization;
using ServiceBot.Tests.Browser;

namespace ServiceBot.Tests.BotFramework.DirectLine;

/// <summary>
/// Over a real loopback socket (Kestrel): the local supervisor's chat receives an agent's call for help, sent
/// proactively through the Connector client to the local Direct Line's connector side, as it would reach Teams.
/// </summary>
public sealed class LocalSupervisorTests
{
    [Fact]
    public async Task AgentsCallForHelp_ReachesTheLocalSupervisorsChat()
    {
        await using var bot = await ServedServiceBot.StartAsync();
        using var http = bot.CreateClient();
        var texts = bot.Services.GetRequiredService<ITextCatalog>();
        var supervisor = await LocalDirectLineClient.StartAsync(http, persona: "supervisor");
        await supervisor.WaitForAsync(LocalDirectLineClient.IsFromBot);
        var agent = await LocalDirectLineClient.StartAsync(http, persona: "agent");

        var start = await agent.PostAsync("nueva atención");
        await agent.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && a.GetProperty("replyToId").GetString() == start);
        await agent.PostAsync("el cliente está furioso");
        await agent.PostAsync(texts.Get(TextKeys.MenuCallSupervisor, Language.Spanish));
        // The agent's live card says the call went out; a separate message would say no supervisor was reached.
        var call = await supervisor.WaitForAsync(a => LocalDirectLineClient.IsFromBot(a) && LocalDirectLineClient.HasCard(a) && a.GetProperty("id").GetString() != supervisor.Seen[0].GetProperty("id").GetString());

        Assert.DoesNotContain(agent.Seen, a => a.TryGetProperty("text", out var t) && t.GetString() == texts.Get(TextKeys.SupervisorUnreachable, Language.Spanish));
        Assert.DoesNotContain("Action.Execute", call.GetRawText(), StringComparison.Ordinal);
    }
}
