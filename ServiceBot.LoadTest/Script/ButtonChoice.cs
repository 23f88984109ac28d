namespace ServiceBot.LoadTest.Script;

/// <summary>
/// Which button a tap presses on the newest card: the first one (in the card's reading order), or the first whose
/// verb is named; optionally only among Action.Submit or Action.Execute buttons.
/// </summary>
internal sealed record ButtonChoice(string? Verb, string? ActionType)
{
    public const string First = "first";

    public bool Matches(CardButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return (ActionType is null || button.Type == ActionType) && (Verb is null || button.Verb == Verb);
    }

    public override string ToString() =>
        $"{Verb ?? First}{(ActionType is null ? string.Empty : $" ({ActionType})")}";
}
