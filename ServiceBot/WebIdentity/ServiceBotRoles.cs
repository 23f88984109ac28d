namespace ServiceBot.WebIdentity;

/// <summary>
/// The roles a signed-in person can hold. Admin and Supervisor come from the app registration's app roles
/// (<see cref="AppRoleAdmin"/>, <see cref="AppRoleSupervisor"/>) or from the roster; Agent only from the roster.
/// </summary>
public static class ServiceBotRoles
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";

    /// <summary>The app role value (the <c>roles</c> claim) that makes someone an admin.</summary>
    public const string AppRoleAdmin = "ServiceBot.Admin";

    /// <summary>The app role value that makes someone a supervisor (of the teams the roster gives them).</summary>
    public const string AppRoleSupervisor = "ServiceBot.Supervisor";

    public static readonly IReadOnlyList<string> All = [Admin, Supervisor, Agent];
}
