using Microsoft.Extensions.Options;
using ServiceBot.Storage.Sql;

namespace ServiceBot.People;

/// <summary>Registers the roster and the directory of people the bot has seen.</summary>
public static class PeopleHostingExtensions
{
    /// <summary>
    /// Adds <see cref="IRosterStore"/> and <see cref="ISeenPeopleDirectory"/> on the configured storage engine,
    /// validates the <c>Roster</c> section at start and seeds the roster from it (<see cref="RosterSeeder"/>).
    /// Needs AddStorage, AddBotFramework and AddProactive.
    /// </summary>
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RosterOptions>().BindConfiguration(RosterOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RosterOptions>, RosterOptionsValidator>();
        services.AddSingleton<IRosterStore, SqlRosterStore>();
        services.AddSingleton<ISeenPeopleDirectory, SqlSeenPeopleDirectory>();
        services.AddHostedService<RosterSeeder>();
        return builder;
    }
}
