namespace ServiceBot.BotFramework.Authentication;

/// <summary>The bot's own access token for the Bot Connector service, or null when the bot runs without credentials.</summary>
public interface IAppTokenProvider
{
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
