using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceBot.Dialogs;

/// <summary>
/// The recent calls for help, as one JSON document under <see cref="Key"/> (calls are few: a document with an ETag is
/// enough, and lets "voy para allá" mark a call and queue the agent's message in one transaction). Calls older than
/// <see cref="KeepFor"/> are dropped when a call is added. Pure: every method returns a new book.
/// </summary>
public sealed record SupervisorCallBook(IReadOnlyList<SupervisorCall> Calls)
{
    public const string Key = "supervisor-calls";

    /// <summary>How long a call is kept (and shown as open when nobody answered it).</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(4);

    private const int MaxCalls = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static SupervisorCallBook Empty { get; } = new([]);

    public static SupervisorCallBook Parse(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<SupervisorCallBook>(json, Json) ?? Empty;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public SupervisorCall? Find(string? id) => id is null ? null : Calls.FirstOrDefault(c => c.Id == id);

    public SupervisorCallBook Add(SupervisorCall call, DateTimeOffset now) =>
        new([.. Calls.Where(c => now - c.Context.At < KeepFor && c.Id != call.Id).TakeLast(MaxCalls - 1), call]);

    /// <summary>The open calls that went to this supervisor, oldest first.</summary>
    public IReadOnlyList<SupervisorCall> OpenFor(string? supervisorObjectId, DateTimeOffset now) =>
        [.. Calls.Where(c => c.IsOpen && c.WentTo(supervisorObjectId) && now - c.Context.At < KeepFor).OrderBy(c => c.Context.At)];

    /// <summary>
    /// "Voy para allá": the first supervisor it went to takes the call; anyone pressing later (the same one twice
    /// included) leaves it as it is. <c>Taken</c> is true only for the press that took it.
    /// </summary>
    public (SupervisorCallBook Book, SupervisorCall? Call, bool Taken) Answer(string? id, string supervisorName, string? supervisorObjectId, DateTimeOffset now)
    {
        if (Find(id) is not { } call)
        {
            return (this, null, false);
        }

        // Only a supervisor the call went to may take it.
        if (!call.IsOpen || !call.WentTo(supervisorObjectId))
        {
            return (this, call, false);
        }

        var answered = call with { AnsweredBy = supervisorName, AnsweredById = supervisorObjectId, AnsweredAt = now };
        return (new([.. Calls.Select(c => c.Id == call.Id ? answered : c)]), answered, true);
    }
}
