using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Feedback;

/// <summary>
/// Two instances on one PostgreSQL database: the same survey form submitted to both at once (a double click through a
/// load balancer, two tabs) is stored exactly once, and the other submit says the answer was received.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class SurveyTwoHostRaceTests(PostgresFixture fixture) : IAsyncLifetime
{
    private FakeChannelServer channel = null!;
    private string? connectionString;

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        if (PostgresTestEnvironment.SkipReason is null)
        {
            connectionString = await fixture.CreateDatabaseAsync();
        }
    }

    [PostgresFact]
    public async Task SameFormPostedToTwoHostsAtOnce_IsStoredOnce()
    {
        await using var first = Host();
        await using var second = Host();
        var token = SurveyToken.New();
        var now = TimeProvider.System.GetUtcNow();
        await first.Services.GetRequiredService<ISurveyInvitationStore>().CreateAsync(new SurveyInvitation
        {
            TokenHash = token.Hash, ServiceSessionId = "race-1", AgentId = "29:agent", Language = Language.Spanish,
            CreatedAt = now, ExpiresAt = now.AddHours(1),
        });
        using var browser = SurveyBrowser.For(first);
        using var otherClient = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var path = "/feedback/" + token.Value;
        await browser.OpenAsync(path);

        var results = await Task.WhenAll(
            browser.SubmitAsync(path, "5", comment: "desde el primero"),
            browser.SubmitAsync(path, "2", comment: "desde el segundo", via: otherClient));

        Assert.Single(results, result => result.Response.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(results, result => result.Response.StatusCode == HttpStatusCode.OK);

        var answers = await first.Services.GetRequiredService<IFeedbackStore>().QueryAsync(new FeedbackQuery(now.AddHours(-1), now.AddHours(1)));
        Assert.Single(answers);
    }

    private ServiceBotApplication Host() => new ServiceBotApplication(channel, appId: null)
        .WithSetting("Storage:Provider", "Postgres")
        .WithSetting("Storage:ConnectionString", connectionString);

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        if (connectionString is not null)
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }
}
