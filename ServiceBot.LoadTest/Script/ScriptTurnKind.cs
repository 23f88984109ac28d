namespace ServiceBot.LoadTest.Script;

internal enum ScriptTurnKind
{
    /// <summary>Teams tells the bot it was installed: a conversationUpdate adding the bot, or an installationUpdate.</summary>
    Event,

    /// <summary>The agent types a sentence (one of several, varied by conversation).</summary>
    Say,

    /// <summary>The agent taps a button on the newest card the bot showed.</summary>
    Tap,
}
