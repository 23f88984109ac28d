using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ServiceBot.Content.Loading;

/// <summary>Remembers where the last parsed event ended, so even an unexpected parser failure has a position.</summary>
internal sealed class MarkTrackingParser(IParser inner) : IParser
{
    public Mark LastMark { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastMark = current.End;
        }

        return moved;
    }
}
