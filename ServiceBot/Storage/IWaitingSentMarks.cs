namespace ServiceBot.Storage;

/// <summary>
/// Sent marks still waiting to be written, offered to a turn's commit so they are written with it instead of in a
/// write of their own (PostgreSQL: the turn's batch deletes the sent rows before its COMMIT). Whoever takes marks
/// reports how its commit ended: <see cref="Written"/> once it is durable, <see cref="NotWritten"/> otherwise, and then
/// they wait again for the next commit or their own write.
/// </summary>
public interface IWaitingSentMarks
{
    /// <summary>Takes every waiting mark (none when nothing waits).</summary>
    IReadOnlyList<OutboxSentMark> Take();

    /// <summary>The commit that took <paramref name="marks"/> is durable.</summary>
    void Written(IReadOnlyList<OutboxSentMark> marks);

    /// <summary>The commit that took <paramref name="marks"/> failed or rolled back: they wait again.</summary>
    void NotWritten(IReadOnlyList<OutboxSentMark> marks);
}
