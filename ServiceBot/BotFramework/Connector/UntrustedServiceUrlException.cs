namespace ServiceBot.BotFramework.Connector;

/// <summary>Raised instead of sending the bot's token to a serviceUrl that was never verified nor allow-listed.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
