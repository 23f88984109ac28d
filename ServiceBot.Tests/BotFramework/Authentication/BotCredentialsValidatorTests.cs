using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.BotFramework.Authentication;

public sealed class BotCredentialsValidatorTests
{
    [Theory]
    [InlineData("Development", null)]
    [InlineData("Development", "http://localhost:3978")]
    [InlineData("Development", "http://127.0.0.1:3978;http://[::1]:3978")]
    public void Validate_NoAppIdInDevelopmentOnLoopback_Succeeds(string environment, string? urls)
    {
        var result = CreateSut(environment, urls).Validate(null, new BotCredentialsOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Validate_NoAppIdOutsideDevelopment_FailsNamingTheSettings(string environment)
    {
        var result = CreateSut(environment, null).Validate(null, new BotCredentialsOptions());

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:80")]
    [InlineData("http://localhost:3978;http://192.168.1.10:3978")]
    public void Validate_NoAppIdListeningBeyondLoopback_Fails(string urls)
    {
        var result = CreateSut("Development", urls).Validate(null, new BotCredentialsOptions());

        Assert.True(result.Failed);
        Assert.Contains("loopback", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAppIdWithHttpPorts_Fails()
    {
        var result = CreateSut("Development", null, ("http_ports", "8080")).Validate(null, new BotCredentialsOptions());

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_SingleTenantWithoutPasswordAndTenant_NamesBoth()
    {
        var result = CreateSut("Production", null).Validate(null, new BotCredentialsOptions { MicrosoftAppId = "app" });

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppTenantId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MultiTenantWithPassword_Succeeds()
    {
        var options = new BotCredentialsOptions { MicrosoftAppType = MicrosoftAppType.MultiTenant, MicrosoftAppId = "app", MicrosoftAppPassword = "secret" };

        Assert.True(CreateSut("Production", "http://0.0.0.0:80").Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_ManagedIdentityWithPassword_Fails()
    {
        var options = new BotCredentialsOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMSI, MicrosoftAppId = "app", MicrosoftAppTenantId = "t", MicrosoftAppPassword = "secret" };

        var result = CreateSut("Production", null).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("must be empty", result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotCredentialsValidator CreateSut(string environment, string? urls, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = urls };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new BotCredentialsValidator(new TestEnvironment(environment), new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "ServiceBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
