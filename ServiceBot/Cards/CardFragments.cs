using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The static parts of cards (the live card's chips and buttons, the menu's buttons), built and serialised once per
/// content snapshot and language and then spliced into every card that shows them (<see cref="CardFragment"/>). A
/// part kept here may read only interface texts (<c>texts[key]</c>), which depend on the snapshot and the language
/// alone, never content texts in the agent's variant or form (<see cref="CardTexts.Of"/>). A new snapshot (a new
/// content revision) starts empty; the old one's parts go with it. A part is named by <c>part</c> and told apart by
/// <c>variant</c> and <c>name</c>, which its builder receives (so callers pass static lambdas and allocate nothing).
/// </summary>
public static class CardFragments
{
    private static readonly ConditionalWeakTable<ContentSnapshot, ConcurrentDictionary<PartKey, object>> BySnapshot = new();

    /// <summary>One spliced node for the part, built as a tree by <paramref name="build"/> the first time.</summary>
    public static JsonNode Node(CardTexts texts, string part, int variant, string? name, Func<CardTexts, int, string?, JsonNode> build) =>
        Get(texts, part, variant, name, build, static (texts, variant, name, build) => CardFragment.Of(build(texts, variant, name))).ToNode();

    /// <summary>The part as <paramref name="build"/> made it the first time (for parts kept as several fragments).</summary>
    public static T Get<T>(CardTexts texts, string part, int variant, string? name, Func<CardTexts, int, string?, T> build)
        where T : class =>
        Get(texts, part, variant, name, build, static (texts, variant, name, build) => build(texts, variant, name));

    private static T Get<T, TBuild>(CardTexts texts, string part, int variant, string? name, TBuild build, Func<CardTexts, int, string?, TBuild, T> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(texts);
        var parts = BySnapshot.GetValue(texts.Content, static _ => new ConcurrentDictionary<PartKey, object>());
        var key = new PartKey(texts.Language, part, variant, name);
        return parts.TryGetValue(key, out var kept) ? (T)kept : (T)parts.GetOrAdd(key, make(texts, variant, name, build));
    }

    private readonly record struct PartKey(Language Language, string Part, int Variant, string? Name);
}
