using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceBot.Proactive;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Proactive;

public sealed class ProactiveHostingExtensionsTests
{
    [Fact]
    public async Task Start_WithASupervisorThatIsNotAnObjectId_RefusesNamingTheKey()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel).WithSetting("Proactive:Supervisors:0", "sofia@contoso.com");

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Proactive:Supervisors:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Configured_RunsTheDispatcherSingletonAsTheHostedService()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel)
            .WithSetting("Proactive:Supervisors:0", "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c")
            .WithSetting("Proactive:PollInterval", "00:00:30");

        var options = app.Services.GetRequiredService<IOptions<ProactiveOptions>>().Value;

        Assert.Equal(["2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c"], options.Supervisors);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
        Assert.Same(
            app.Services.GetRequiredService<ScheduledMessageDispatcher>(),
            Assert.Single(app.Services.GetServices<IHostedService>().OfType<ScheduledMessageDispatcher>()));
    }
}
