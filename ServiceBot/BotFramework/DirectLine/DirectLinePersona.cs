namespace ServiceBot.BotFramework.DirectLine;

/// <summary>Who the person at the local chat page says they are; each is a fixed person of the local roster.</summary>
public enum DirectLinePersona
{
    Agent,
    Supervisor,
    Admin,
    Customer,
}
