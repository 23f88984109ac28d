namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// How the bot learned a serviceUrl, kept with every stored conversation reference: it decides whether the bot's
/// token may ever be sent there.
/// </summary>
public enum ServiceUrlProvenance
{
    /// <summary>Stored before provenance was recorded: the token goes there only if its host is allow-listed.</summary>
    Unknown = 0,

    /// <summary>A verified channel token named it (its <c>serviceurl</c> claim matched), or the bot's own Emulator token came with it.</summary>
    VerifiedChannel = 1,

    /// <summary>A verified channel token came with it but did not name it: the token goes there only if its host is allow-listed.</summary>
    UnverifiedChannel = 2,

    /// <summary>Local mode, no authentication at all: never sent the bot's token, whatever the bot is configured with later.</summary>
    LocalMode = 3,
}
