using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// One Direct Line conversation: the log of activities a client reads by watermark (the number of entries it has
/// seen). Every activity gets an id and a <c>channelData['webchat:sequence-id']</c> that orders it in Web Chat; an
/// update in place is appended again under the same id and sequence, so a polling client receives it and Web Chat
/// replaces the original where it stands. The user's activities are remembered by their <c>clientActivityID</c>, so
/// that a retried post is not run twice.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, DirectLinePersona persona, DateTimeOffset createdAt)
{
    /// <summary>Most entries one conversation keeps; a longer one is refused new posts (start a new conversation).</summary>
    public const int MaxEntries = 5000;

    private const string SequenceProperty = "webchat:sequence-id";

    private readonly Lock _lock = new();
    private readonly List<Activity> _log = [];
    private readonly Dictionary<string, (long Sequence, DateTimeOffset Timestamp)> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byClientActivityId = new(StringComparer.Ordinal);
    private long _nextSequence = 1;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DirectLinePersona Persona { get; } = persona;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The language the page asked for when the token was generated (e.g. es-MX), for the welcome.</summary>
    public string? Locale { get; init; }

    /// <summary>Set when the client starts the conversation (POST /conversations with its token).</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastUsed { get; private set; } = createdAt;

    public bool IsFull
    {
        get
        {
            lock (_lock)
            {
                return _log.Count >= MaxEntries;
            }
        }
    }

    /// <summary>Marks the conversation started; false when it already was.</summary>
    public bool Start()
    {
        lock (_lock)
        {
            var first = !Started;
            Started = true;
            return first;
        }
    }

    /// <summary>The id already given to the user's activity with this <c>clientActivityID</c>, if it was posted before.</summary>
    public string? FindByClientActivityId(string? clientActivityId)
    {
        if (string.IsNullOrEmpty(clientActivityId))
        {
            return null;
        }

        lock (_lock)
        {
            return _byClientActivityId.GetValueOrDefault(clientActivityId);
        }
    }

    /// <summary>Adds an activity at the end with a new id, the time <paramref name="now"/> and the next sequence; returns it as stored.</summary>
    public Activity Append(Activity activity, DateTimeOffset now, string? clientActivityId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Append(_ => activity, now, clientActivityId);
    }

    /// <summary>Adds the activity <paramref name="create"/> makes knowing its id (a card's buttons carry it), at the end.</summary>
    public Activity Append(Func<string, Activity> create, DateTimeOffset now, string? clientActivityId = null)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            var sequence = _nextSequence++;
            var activityId = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            var stored = Stamp(create(activityId), activityId, sequence, now);
            _log.Add(stored);
            _positions[activityId] = (sequence, now);
            if (!string.IsNullOrEmpty(clientActivityId))
            {
                _byClientActivityId[clientActivityId] = activityId;
            }

            LastUsed = now;
            return stored;
        }
    }

    /// <summary>Replaces the activity <paramref name="activityId"/>: the new version keeps its id, time and place. False when no such activity.</summary>
    public bool Replace(string activityId, Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            if (!_positions.TryGetValue(activityId, out var position))
            {
                return false;
            }

            _log.Add(Stamp(activity, activityId, position.Sequence, position.Timestamp));
            LastUsed = now;
            return true;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> entries, and the watermark to ask from next.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) Since(int watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
            var from = Math.Clamp(watermark, 0, _log.Count);
            return (_log.GetRange(from, _log.Count - from), _log.Count);
        }
    }

    private static Activity Stamp(Activity activity, string activityId, long sequence, DateTimeOffset timestamp)
    {
        var channelData = activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            ? JsonNode.Parse(data.GetRawText())!.AsObject()
            : new JsonObject();
        channelData[SequenceProperty] = sequence;
        return activity with
        {
            Id = activityId,
            Timestamp = timestamp,
            ChannelData = JsonSerializer.SerializeToElement(channelData, ProtocolJson.Options),
        };
    }
}
