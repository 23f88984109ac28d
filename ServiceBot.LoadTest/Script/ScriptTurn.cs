namespace ServiceBot.LoadTest.Script;

/// <summary>One turn of a load script, with the line it was written on.</summary>
internal sealed record ScriptTurn(int Line, ScriptTurnKind Kind)
{
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>For <see cref="ScriptTurnKind.Event"/>: conversationUpdate or installationUpdate.</summary>
    public string? Event { get; init; }

    /// <summary>For <see cref="ScriptTurnKind.Say"/>: the sentences; conversation n types the (n mod count)-th.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>For <see cref="ScriptTurnKind.Tap"/>.</summary>
    public ButtonChoice? Button { get; init; }

    /// <summary>Input values merged into a tapped button's data (what the agent typed or chose on the card).</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the bot must show something (a Connector call or an invoke body) for this turn.</summary>
    public bool ExpectReply { get; init; } = true;

    public string TextFor(int conversation) => Texts[conversation % Texts.Count];

    public override string ToString() => Kind switch
    {
        ScriptTurnKind.Event => Event!,
        ScriptTurnKind.Say => Texts.Count == 1 ? $"\"{Texts[0]}\"" : $"one of {Texts.Count} sentences",
        _ => $"tap {Button}",
    };
}
