namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity, bound from the configuration root with the Bot Framework's own key names
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// An empty app id means local mode: no authentication, allowed only in Development on loopback.
/// </summary>
public sealed class BotCredentialsOptions
{
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
