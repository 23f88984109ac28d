using System.Runtime.CompilerServices;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// A keyword matcher over words that live in the content: built from a snapshot on first use, then reused for every
/// message until a reload replaces the snapshot (and the matcher goes with it).
/// </summary>
public sealed class SnapshotMatcher<T>
    where T : notnull
{
    private readonly ConditionalWeakTable<ContentSnapshot, KeywordMatcher<T>> _matchers = [];
    private readonly ConditionalWeakTable<ContentSnapshot, KeywordMatcher<T>>.CreateValueCallback _build;

    public SnapshotMatcher(Func<ContentSnapshot, IEnumerable<(T Target, IEnumerable<string> Keywords)>> keywords) =>
        _build = content => new KeywordMatcher<T>(keywords(content));

    public KeywordMatcher<T> For(ContentSnapshot content) => _matchers.GetValue(content, _build);
}
