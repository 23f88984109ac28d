namespace ServiceBot.BotFramework.Authentication;

/// <summary>Local mode (no app id): replies go out without a token, as with the Bot Framework Emulator.</summary>
public sealed class NoAppTokenProvider : IAppTokenProvider
{
    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
