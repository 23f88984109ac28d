using System.Collections.Immutable;

namespace ServiceBot.Dialogs;

/// <summary>
/// The prompt a conversation is waiting on: which flow asked (<see cref="Flow"/>), where it is (<see cref="Step"/>),
/// what it carries, and how many answers it did not understand in a row.
/// </summary>
public sealed record DialogFrame(string Flow, int Step = 0)
{
    public ImmutableDictionary<string, string> Data { get; init; } = ImmutableDictionary<string, string>.Empty;

    public int Retries { get; init; }

    public string? Get(string key) => Data.GetValueOrDefault(key);

    public DialogFrame With(string key, string value) => this with { Data = Data.SetItem(key, value) };
}
