using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.People;

/// <summary>The tenant that configured object ids belong to: <c>Roster:TenantId</c>, else <c>MicrosoftAppTenantId</c>, else (local mode only) none.</summary>
public static class RosterSeedTenant
{
    /// <summary>The tenant, or null when none is configured outside local mode.</summary>
    public static Guid? Resolve(RosterOptions roster, BotCredentialsOptions credentials)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(credentials);
        if (Guid.TryParse(roster.TenantId, out var tenant) || Guid.TryParse(credentials.MicrosoftAppTenantId, out tenant))
        {
            return tenant;
        }

        return credentials.IsAuthenticationDisabled ? RosterDefaults.LocalTenant : null;
    }
}
