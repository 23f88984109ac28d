namespace ServiceBot.Understanding;

/// <summary>What to do with a message: act on it, ask "¿Quiso decir…?", or say it was not understood.</summary>
public enum UnderstandingDecision
{
    /// <summary>Sure enough: do it (at a prompt, the answer to it or a command that leaves it).</summary>
    Act,

    /// <summary>Likely one of a few things: offer the two or three likeliest as buttons.</summary>
    Clarify,

    /// <summary>Not understood: the menu with a friendly line (at a prompt, the question again).</summary>
    NotUnderstood,
}
