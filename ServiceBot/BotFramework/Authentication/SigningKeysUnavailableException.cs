namespace ServiceBot.BotFramework.Authentication;

/// <summary>No signing keys were ever obtained from a metadata address, so no token it vouches for can be checked yet.</summary>
public sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
