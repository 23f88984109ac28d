using Microsoft.Extensions.Configuration;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

public sealed class WebSignInSettingsTests
{
    private const string AppId = "6f1e2c3b-8a4d-4e5f-9a0b-1c2d3e4f5a6b";
    private const string Tenant = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static WebSignInSettings Resolve(params (string Key, string? Value)[] settings) =>
        WebSignInSettings.Resolve(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Resolve_SingleTenantBot_SignsInAgainstItsOwnRegistrationWithEveryAudienceForm()
    {
        var settings = Resolve(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", Tenant), ("TeamsApp:Domain", "ServiceBot.Contoso.com"));

        Assert.Equal(WebSignInMode.SignIn, settings.Mode);
        Assert.Equal(AppId, settings.ClientId);
        Assert.Equal("secret", settings.ClientSecret);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/v2.0", settings.Authority);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/.well-known/openid-configuration", settings.V1MetadataAddress);
        Assert.Equal([AppId, $"api://servicebot.contoso.com/{AppId}", $"api://servicebot.contoso.com/botid-{AppId}"], settings.Audiences);
    }

    [Fact]
    public void Resolve_NoDomain_AcceptsOnlyTheClientIdAudience()
    {
        var settings = Resolve(("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", Tenant));

        Assert.Equal([AppId], settings.Audiences);
    }

    [Fact]
    public void Resolve_NoAppId_IsLocalMode()
    {
        Assert.Equal(WebSignInMode.Local, Resolve().Mode);
    }

    [Fact]
    public void Resolve_ManagedIdentityBot_NeedsItsOwnRegistration()
    {
        var bare = Resolve(("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppId", AppId), ("MicrosoftAppTenantId", Tenant));
        var configured = Resolve(
            ("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppId", AppId), ("MicrosoftAppTenantId", Tenant),
            ("WebSignIn:ClientId", "11111111-2222-4333-8444-555555555555"), ("WebSignIn:ClientSecret", "web-secret"));

        Assert.Equal(WebSignInMode.Unavailable, bare.Mode);
        Assert.Contains("WebSignIn:ClientId", bare.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains("WebSignIn:ClientSecret", bare.UnavailableReason, StringComparison.Ordinal);
        Assert.Equal(WebSignInMode.SignIn, configured.Mode);
        Assert.Equal("11111111-2222-4333-8444-555555555555", configured.ClientId);
    }

    [Fact]
    public void Resolve_AnotherRegistrationThanTheBots_NeverBorrowsTheBotsSecret()
    {
        var settings = Resolve(
            ("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "bot-secret"), ("MicrosoftAppTenantId", Tenant),
            ("WebSignIn:ClientId", "11111111-2222-4333-8444-555555555555"));

        Assert.Equal(WebSignInMode.Unavailable, settings.Mode);
        Assert.Null(settings.ClientSecret);
    }

    [Fact]
    public void Validator_BadValues_NameEachKey()
    {
        var result = new WebSignInOptionsValidator().Validate(null, new WebSignInOptions
        {
            ClientId = "servicebot",
            TenantId = "contoso.onmicrosoft.com",
            Instance = "http://login.example/tenant",
            Domain = "https://servicebot.contoso.com/",
            Scope = "access_as_user User.Read",
            SessionLifetime = TimeSpan.FromDays(90),
        });

        Assert.False(result.Succeeded);
        foreach (var key in new[] { "ClientId", "TenantId", "Instance", "Domain", "Scope", "SessionLifetime" })
        {
            Assert.Contains($"WebSignIn:{key}", result.FailureMessage, StringComparison.Ordinal);
        }

        Assert.True(new WebSignInOptionsValidator().Validate(null, new WebSignInOptions()).Succeeded);
    }
}
