using Microsoft.Extensions.DependencyInjection;
using ServiceBot.People;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.People;

/// <summary>The host seeds the roster from Roster and Proactive:Supervisors at every start, adding only what is missing.</summary>
public sealed class RosterSeedingHostTests : IAsyncLifetime
{
    private const string Sofia = "2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c";
    private const string Ana = "0a000000-0000-4000-8000-000000000001";
    private const string Marta = "0d000000-0000-4000-8000-000000000004";

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "servicebot-tests", Guid.NewGuid().ToString("N"));
    private FakeChannelServer channel = null!;

    public async Task InitializeAsync() => channel = await FakeChannelServer.StartAsync();

    private ServiceBotApplication Host() => new ServiceBotApplication(channel) { DataFolder = dataFolder, KeepDataFolder = true }
        .WithSetting("Proactive:Supervisors:0", Sofia)
        .WithSetting("Roster:Teams:0:Id", "mostrador")
        .WithSetting("Roster:Teams:0:Name", "Mostrador")
        .WithSetting("Roster:Teams:0:Agents:0", Ana)
        .WithSetting("Roster:Admins:0", Marta);

    private static PersonKey Key(string objectId) => new(Guid.Parse(ServiceBotApplication.TestTenantId), Guid.Parse(objectId));

    [Fact]
    public async Task Start_SeedsOnceAndAgainOnlyWhatIsMissing()
    {
        string etag;
        await using (var first = Host())
        {
            var roster = await first.Services.GetRequiredService<IRosterStore>().GetAsync();
            Assert.Equal(["General", "Mostrador"], roster.Teams.Select(t => t.Name));
            Assert.Equal([new TeamMembership(RosterDefaults.DefaultTeamId, Key(Sofia))], roster.Supervisors);
            Assert.Equal([new TeamMembership("mostrador", Key(Ana))], roster.Agents);
            Assert.Equal([Key(Marta)], roster.Admins);

            // An admin moves the agent and renames the team in the studio.
            await first.Services.GetRequiredService<IRosterStore>().ApplyAsync(
                [new RosterChange.SaveTeam("telefono", "Teléfono"), new RosterChange.AssignAgent(new Person(Key(Ana)), "telefono"), new RosterChange.SaveTeam("mostrador", "Mostrador Centro")],
                roster.ETag,
                "admin");
            etag = (await first.Services.GetRequiredService<IRosterStore>().GetAsync()).ETag;
        }

        await using var second = Host();
        var after = await second.Services.GetRequiredService<IRosterStore>().GetAsync();
        Assert.Equal(etag, after.ETag);
        Assert.Equal("telefono", Assert.Single(after.Agents).TeamId);
        Assert.Equal("Mostrador Centro", after.FindTeam("mostrador")?.Name);
    }

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
