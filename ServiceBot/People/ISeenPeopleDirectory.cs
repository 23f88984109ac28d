namespace ServiceBot.People;

/// <summary>
/// The people the bot has seen, read from the conversation references it already keeps for proactive messages
/// (only verified activities put them there), newest first.
/// </summary>
public interface ISeenPeopleDirectory
{
    /// <summary>
    /// People whose name contains <paramref name="search"/> (ignoring case and accents), or whose Teams user id or
    /// object id equals it; everyone when it is empty. At most <paramref name="limit"/>, most recently seen first.
    /// </summary>
    Task<IReadOnlyList<SeenPerson>> FindAsync(string? search, int limit, CancellationToken cancellationToken = default);
}
