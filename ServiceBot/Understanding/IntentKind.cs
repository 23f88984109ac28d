namespace ServiceBot.Understanding;

/// <summary>What an intent does: a menu command, a playbook, a mood, a channel, an answer to a question…</summary>
public enum IntentKind
{
    /// <summary>A menu command from dialogs/texts/ui.yaml, by its id.</summary>
    Command,

    /// <summary>Someone came in: a new service when none is open, another customer while one is.</summary>
    Arrival,

    Playbook,
    Mood,
    Channel,

    /// <summary>An answer to the bot's question: yes, no, unsure, next, or a number.</summary>
    Answer,

    /// <summary>A message written for a customer, pasted without asking for a review.</summary>
    Draft,

    /// <summary>Asks nothing of the bot (thanks, small talk), or nothing was understood.</summary>
    Other,
}
