using System.Collections;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework;

/// <summary>
/// The log scope of a turn: the activity's conversation and id, as the name/value pairs logging providers read from a
/// scope. One small object per turn instead of a dictionary.
/// </summary>
public sealed class ActivityLogScope(Activity activity) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("ConversationId", activity.Conversation?.Id),
        1 => new("ActivityId", activity.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"ConversationId:{activity.Conversation?.Id} ActivityId:{activity.Id}";
}
