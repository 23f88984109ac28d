namespace ServiceBot.WebIdentity;

/// <summary>The claims ServiceBot keeps in a person's session, with Entra's own short names.</summary>
public static class WebClaimTypes
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Name = "name";

    /// <summary>Entra's app roles, as the token carried them (only <c>ServiceBot.*</c> values are kept).</summary>
    public const string AppRole = "roles";

    /// <summary>How the person signed in: <see cref="SignInMethods"/>.</summary>
    public const string SignInMethod = "servicebot/signin";

    /// <summary>The resolved roles (<see cref="ServiceBotRoles"/>), added per request, never stored in the cookie.</summary>
    public const string Role = "servicebot/role";

    /// <summary>A team the person supervises (added per request with the roles).</summary>
    public const string SupervisedTeam = "servicebot/supervises";

    /// <summary>The team the person serves in as an agent (added per request with the roles).</summary>
    public const string AgentTeam = "servicebot/team";
}

/// <summary>The values of <see cref="WebClaimTypes.SignInMethod"/>.</summary>
public static class SignInMethods
{
    public const string Entra = "entra";
    public const string TeamsSso = "teams-sso";
    public const string Local = "local";
}
