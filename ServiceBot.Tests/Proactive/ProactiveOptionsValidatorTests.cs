using ServiceBot.Proactive;

namespace ServiceBot.Tests.Proactive;

public sealed class ProactiveOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(CreateSut().Validate(null, new ProactiveOptions()).Succeeded);
    }

    [Fact]
    public void Validate_SupervisorsAsGuids_Succeed()
    {
        var options = new ProactiveOptions { Supervisors = ["2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c", "2C9D7A3E-1F4B-4E8A-9C6D-5B7E8F9A0B1D"] };

        Assert.True(CreateSut().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_SupervisorGivenByEmail_FailsNamingTheKey()
    {
        var options = new ProactiveOptions { Supervisors = ["2c9d7a3e-1f4b-4e8a-9c6d-5b7e8f9a0b1c", "ana@contoso.com"] };

        var result = CreateSut().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Proactive:Supervisors:1", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ana@contoso.com", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OutOfRangeTimings_FailNamingEachKey()
    {
        var options = new ProactiveOptions
        {
            PollInterval = TimeSpan.Zero,
            ClaimTimeout = TimeSpan.FromSeconds(1),
            BatchSize = 0,
            MaxAttempts = 0,
        };

        var result = CreateSut().Validate(null, options);

        Assert.Equal(
            ["Proactive:PollInterval", "Proactive:ClaimTimeout", "Proactive:BatchSize", "Proactive:MaxAttempts"],
            result.Failures!.Select(failure => failure.Split(' ')[0]));
    }

    private static ProactiveOptionsValidator CreateSut() => new();
}
