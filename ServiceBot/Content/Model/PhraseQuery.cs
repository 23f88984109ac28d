namespace ServiceBot.Content.Model;

/// <summary>What the agent is facing; a null criterion matches every phrase.</summary>
public sealed record PhraseQuery(Moment Moment)
{
    public TimeOfDay? TimeOfDay { get; init; }

    public Channel? Channel { get; init; }

    public Temperament? Temperament { get; init; }

    public Register? Register { get; init; }

    /// <summary>Only phrases that put this protocol step into practice.</summary>
    public string? Step { get; init; }
}
