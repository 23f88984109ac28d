namespace ServiceBot.BotFramework.Authentication;

/// <summary>How the bot's Azure identity is set up (the Bot Framework's <c>MicrosoftAppType</c> setting).</summary>
public enum MicrosoftAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
