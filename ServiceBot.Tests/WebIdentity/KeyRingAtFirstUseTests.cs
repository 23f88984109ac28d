using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceBot.Storage;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// The Data Protection key ring is not loaded (nor its first key created) before the port opens: the first cookie
/// creates the key, in the database, and the session it protects is honoured.
/// </summary>
public sealed class KeyRingAtFirstUseTests : WebIdentityTestBase
{
    private const string PersonId = "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a";

    [Fact]
    public async Task NewDatabase_NoKeyAtStart_TheFirstSessionCreatesOne_AndIsHonoured()
    {
        using var health = await NewBrowser().GetAsync(new Uri(BaseAddress, "healthz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await CountKeysAsync());

        using var browser = NewBrowser();
        using var exchange = await ExchangeAsync(browser, Idp.TeamsToken("2.0", $"api://{Domain}/botid-{AppId}", PersonId));

        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal(1, await CountKeysAsync());
        var me = await MeAsync(browser);
        Assert.Equal(PersonId, me.GetProperty("objectId").GetString());
    }

    [Fact]
    public void TheFrameworksKeyRingService_IsWhatDataProtectionRegisters_AndTheAppHasNone()
    {
        var dataProtection = new ServiceCollection().AddDataProtection().Services;

        Assert.Contains(dataProtection, WebIdentityHostingExtensions.IsKeyRingLoadAtStart);
        Assert.DoesNotContain(App.Services.GetServices<IHostedService>(), service => service.GetType().Name == WebIdentityHostingExtensions.KeyRingAtStartService);
    }

    private async Task<long> CountKeysAsync()
    {
        var file = Path.Combine(App.DataFolder, StorageOptions.SqliteFileName);
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM data_protection_keys";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
