using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using ServiceBot.People;

namespace ServiceBot.Tests.People;

public sealed class RosterOptionsValidatorTests
{
    private const string Ana = "0a000000-0000-4000-8000-000000000001";

    private static ValidateOptionsResult Validate(RosterOptions options, string? appTenant = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", string? appId = "6f1e2c3b-8a4d-4e5f-9a0b-1c2d3e4f5a6b") =>
        new RosterOptionsValidator(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppTenantId"] = appTenant,
        }).Build())
        .Validate(null, options);

    [Fact]
    public void Validate_AWellFormedRoster_Succeeds()
    {
        var result = Validate(new RosterOptions
        {
            Teams = [new RosterTeamOptions { Id = "mostrador-centro", Name = "Mostrador centro", Agents = [Ana] }],
            Admins = ["6b0c6c1e-52f4-4c4b-9d6e-0a1b2c3d4e5f"],
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_BadValues_NameEachKey()
    {
        var result = Validate(new RosterOptions
        {
            TenantId = "contoso.onmicrosoft.com",
            Teams =
            [
                new RosterTeamOptions { Id = "Mostrador Centro", Name = "Mostrador", Agents = [Ana] },
                new RosterTeamOptions { Id = "telefono", Name = "", Agents = [Ana], Supervisors = ["sofia@contoso.com"] },
                new RosterTeamOptions { Id = "telefono", Name = "Otra vez" },
                new RosterTeamOptions { Id = RosterDefaults.DefaultTeamId, Name = "General" },
            ],
            Admins = ["00000000-0000-0000-0000-000000000000"],
        });

        Assert.False(result.Succeeded);
        foreach (var key in new[]
        {
            "Roster:TenantId", "Roster:Teams:0:Id", "Roster:Teams:1:Name", "Roster:Teams:1:Supervisors:0", "Roster:Teams:1:Agents:0",
            "Roster:Teams:2:Id", "Roster:Teams:3:Id", "Roster:Admins:0",
        })
        {
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_PeopleWithoutAnyTenant_OutsideLocalMode_AsksForRosterTenantId()
    {
        var result = Validate(new RosterOptions { Admins = [Ana] }, appTenant: null);

        Assert.False(result.Succeeded);
        Assert.Contains("Roster:TenantId", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(new RosterOptions { Admins = [Ana] }, appTenant: null, appId: null).Succeeded);
    }
}
