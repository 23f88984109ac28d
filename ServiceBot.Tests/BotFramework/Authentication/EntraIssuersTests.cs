using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class EntraIssuersTests
{
    private const string Tenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    [Theory]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    public void TryGetTenant_V1OrV2Issuer_NamesTheTenant(string issuer)
    {
        Assert.True(EntraIssuers.TryGetTenant(issuer, out var tenant));
        Assert.Equal(Tenant, tenant);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://api.botframework.com")]
    [InlineData("https://sts.windows.net/" + Tenant)]
    [InlineData("https://sts.windows.net/" + Tenant + "/extra/")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/{tenantid}/v2.0")]
    [InlineData("https://sts.windows.net/D6D49420-F39B-4DF7-A1DC-D59A935871DB/")]
    [InlineData("https://login.microsoftonline.com.evil.example/" + Tenant + "/v2.0")]
    [InlineData("http://sts.windows.net/" + Tenant + "/")]
    public void TryGetTenant_AnythingElse_IsNotAnEntraIssuer(string? issuer)
    {
        Assert.False(EntraIssuers.TryGetTenant(issuer, out _));
    }
}
