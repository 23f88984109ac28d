using System.Net;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// Two instances on one PostgreSQL database share the Data Protection keys: a session started on one is honoured by
/// the other (behind a load balancer, people are not sent back to sign in, nor into a loop).
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class SharedSessionTests(PostgresFixture fixture) : WebIdentityTestBase
{
    private string? connectionString;

    protected override async Task BeforeStartAsync()
    {
        if (PostgresTestEnvironment.SkipReason is null)
        {
            connectionString = await fixture.CreateDatabaseAsync();
        }
    }

    protected override void Configure(ServiceBotApplication app)
    {
        if (connectionString is not null)
        {
            app.WithSetting("Storage:Provider", "Postgres").WithSetting("Storage:ConnectionString", connectionString);
        }
    }

    protected override async Task AfterStopAsync()
    {
        if (connectionString is not null)
        {
            await fixture.DropDatabaseAsync(connectionString);
        }
    }

    [PostgresFact]
    public async Task SessionStartedOnOneInstance_IsHonouredByAnother()
    {
        await using var other = await StartAppAsync(Configure);
        var cookies = new CookieContainer();
        using var first = NewBrowser(BaseAddress, cookies);
        using var exchange = await ExchangeAsync(first, Idp.TeamsToken("2.0", AppId, "8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f"));
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        var session = cookies.GetCookies(BaseAddress).Single(c => c.Name == ServiceBot.WebIdentity.WebIdentitySchemes.SessionCookieName);

        var otherAddress = AddressOf(other);
        var otherCookies = new CookieContainer();
        otherCookies.Add(otherAddress, new Cookie(session.Name, session.Value, "/") { Secure = true });
        using var second = NewBrowser(otherAddress, otherCookies);
        var me = await MeAsync(second);

        Assert.Equal("8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f", me.GetProperty("objectId").GetString());
    }
}
