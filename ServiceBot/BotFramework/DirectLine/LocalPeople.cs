using ServiceBot.People;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// The people of the local chat page: one fixed Entra-like identity per <see cref="DirectLinePersona"/> in the local
/// tenant (<see cref="RosterDefaults.LocalTenant"/>), so the roster, supervisor calls and results see the same agent,
/// supervisor and admin every time.
/// </summary>
public static class LocalPeople
{
    public static readonly Guid Agent = new("0c0a1e11-0000-4000-8000-00000000a6e1");
    public static readonly Guid Supervisor = new("0c0a1e11-0000-4000-8000-00000000506e");
    public static readonly Guid Admin = new("0c0a1e11-0000-4000-8000-00000000ad31");
    public static readonly Guid Customer = new("0c0a1e11-0000-4000-8000-00000000c057");

    public static string TenantId => RosterDefaults.LocalTenant.ToString("D");

    public static PersonKey Key(DirectLinePersona persona) => new(RosterDefaults.LocalTenant, ObjectId(persona));

    public static Guid ObjectId(DirectLinePersona persona) => persona switch
    {
        DirectLinePersona.Agent => Agent,
        DirectLinePersona.Supervisor => Supervisor,
        DirectLinePersona.Admin => Admin,
        DirectLinePersona.Customer => Customer,
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, null),
    };

    public static string DisplayName(DirectLinePersona persona) => persona switch
    {
        DirectLinePersona.Agent => "Agente local",
        DirectLinePersona.Supervisor => "Supervisora local",
        DirectLinePersona.Admin => "Admin local",
        DirectLinePersona.Customer => "Cliente local",
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, null),
    };
}
