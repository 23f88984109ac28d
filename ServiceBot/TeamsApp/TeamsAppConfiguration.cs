using Microsoft.Extensions.Configuration;

namespace ServiceBot.TeamsApp;

/// <summary>
/// The configuration the web host would see for the same environment: appsettings.json,
/// appsettings.{Environment}.json, user secrets, then environment variables (last wins).
/// </summary>
public static class TeamsAppConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddUserSecrets(typeof(TeamsAppConfiguration).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
