using Microsoft.Extensions.Configuration;
using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public class ManifestValuesResolverTests
{
    private const string AppId = "4f1a2b3c-1111-4222-8333-944455556666";
    private const string BotId = "7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd";

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();

    [Fact]
    public void Resolve_FromArguments_ReturnsTheValues()
    {
        var errors = new List<string>();

        var values = ManifestValuesResolver.Resolve(AppId, BotId, "ServiceBot.Contoso.com", Configuration(), errors);

        Assert.Empty(errors);
        Assert.Equal(new ManifestValues(Guid.Parse(AppId), Guid.Parse(BotId), "servicebot.contoso.com"), values);
    }

    [Fact]
    public void Resolve_FromConfiguration_UsesTheDocumentedKeys()
    {
        var errors = new List<string>();
        var configuration = Configuration(("TeamsApp:AppId", AppId), ("MicrosoftAppId", BotId), ("TeamsApp:Domain", "bot.contoso.com"));

        var values = ManifestValuesResolver.Resolve(null, null, null, configuration, errors);

        Assert.Empty(errors);
        Assert.Equal(new ManifestValues(Guid.Parse(AppId), Guid.Parse(BotId), "bot.contoso.com"), values);
    }

    [Fact]
    public void Resolve_ArgumentAndConfiguration_ArgumentWins()
    {
        var errors = new List<string>();
        var configuration = Configuration(("TeamsApp:AppId", BotId), ("MicrosoftAppId", AppId), ("TeamsApp:Domain", "old.contoso.com"));

        var values = ManifestValuesResolver.Resolve(AppId, BotId, "new.contoso.com", configuration, errors);

        Assert.Equal(new ManifestValues(Guid.Parse(AppId), Guid.Parse(BotId), "new.contoso.com"), values);
    }

    [Fact]
    public void Resolve_NothingGiven_ReportsEveryMissingValueWithItsKey()
    {
        var errors = new List<string>();

        var values = ManifestValuesResolver.Resolve(null, null, null, Configuration(("MicrosoftAppId", "")), errors);

        Assert.Null(values);
        Assert.Collection(errors,
            error => Assert.Contains("--app-id <guid> or set TeamsApp:AppId", error, StringComparison.Ordinal),
            error => Assert.Contains("--bot-id <guid> or set MicrosoftAppId", error, StringComparison.Ordinal),
            error => Assert.Contains("--domain <host> or set TeamsApp:Domain", error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{4f1a2b3c-1111-4222-8333-944455556666}")]
    public void Resolve_AppIdNotAUsableGuid_ReportsIt(string appId)
    {
        var errors = new List<string>();

        var values = ManifestValuesResolver.Resolve(appId, BotId, "bot.contoso.com", Configuration(), errors);

        Assert.Null(values);
        Assert.Contains($"--app-id / TeamsApp:AppId must be a GUID", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bot.contoso.com")]
    [InlineData("bot.contoso.com/api")]
    [InlineData("bot.contoso.com:443")]
    [InlineData("localhost")]
    [InlineData("bot contoso.com")]
    [InlineData("10.0.0.1")]
    public void Resolve_DomainNotAHostName_ReportsIt(string domain)
    {
        var errors = new List<string>();

        var values = ManifestValuesResolver.Resolve(AppId, BotId, domain, Configuration(), errors);

        Assert.Null(values);
        Assert.Contains("must be a host name such as servicebot.contoso.com", Assert.Single(errors), StringComparison.Ordinal);
    }
}
