using ServiceBot.TeamsApp;

namespace ServiceBot.Tests.TeamsApp;

public class ManifestPlaceholdersTests
{
    [Fact]
    public void Fill_EveryToken_IsReplacedByItsValue()
    {
        var text = "{\"id\":\"{{TeamsAppId}}\",\"botId\":\"{{MicrosoftAppId}}\",\"url\":\"https://{{BotDomain}}/privacy\",\"again\":\"{{MicrosoftAppId}}\"}";

        var filled = ManifestPlaceholders.Fill(text, TeamsAppTestFiles.SampleValues);

        Assert.Equal(
            "{\"id\":\"4f1a2b3c-1111-4222-8333-944455556666\",\"botId\":\"7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd\","
            + "\"url\":\"https://servicebot.contoso.com/privacy\",\"again\":\"7d8e9f00-aaaa-4bbb-8ccc-dddddddddddd\"}",
            filled);
        Assert.Empty(ManifestPlaceholders.FindRemaining(filled));
    }

    [Fact]
    public void Fill_CommittedManifest_LeavesNoPlaceholder()
    {
        var filled = TeamsAppTestFiles.FilledManifestFile("manifest.json");

        Assert.Empty(ManifestPlaceholders.FindRemaining(filled));
        Assert.DoesNotContain("{{", filled, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRemaining_UnknownOrBrokenTokens_AreReported()
    {
        var filled = ManifestPlaceholders.Fill("{{TeamsAppId}} {{TenantId}} {{TenantId}} {{BotDomain", TeamsAppTestFiles.SampleValues);

        Assert.Equal(["{{TenantId}}", "{{"], ManifestPlaceholders.FindRemaining(filled));
    }
}
