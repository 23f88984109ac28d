namespace ServiceBot.Content.Model;

/// <summary>
/// Identifies one loaded content set: a short hash of every content and schema file, and when it was loaded.
/// Survey answers record it, so a result can be traced to the exact wording the customer saw.
/// </summary>
public sealed record ContentVersion(string Hash, DateTimeOffset LoadedAt)
{
    public override string ToString() => $"{Hash} ({LoadedAt:yyyy-MM-dd HH:mm:ss}Z)";
}
