namespace ServiceBot.BotFramework.Authentication;

/// <summary>How a <see cref="SigningKeyCache"/> refreshes: see the matching <see cref="BotFrameworkOptions"/> keys.</summary>
public sealed record SigningKeyCacheSettings(TimeSpan RefreshInterval, TimeSpan MinimumRefreshInterval, TimeSpan FetchTimeout)
{
    public static SigningKeyCacheSettings From(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.KeyRefreshInterval, options.MinimumKeyRefreshInterval, options.KeyFetchTimeout);
    }
}
