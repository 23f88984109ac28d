using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ServiceBot.Content.Model;

namespace ServiceBot.Dialogs;

/// <summary>
/// What the bot remembers of one agent's conversation between turns: the open service session, how the current
/// customer was described, the open prompt, and where each phrase list's rotation is. Immutable; a turn returns a new one.
/// Enums are stored by name so the stored state survives a reordering of the enum.
/// </summary>
public sealed record CoachingState
{
    public static CoachingState Initial { get; } = new();

    public string? ActiveSessionId { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<Temperament>))]
    public Temperament Temperament { get; init; } = Temperament.Any;

    [JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
    public Channel ServiceChannel { get; init; } = Channel.InPerson;

    [JsonConverter(typeof(JsonStringEnumConverter<Register>))]
    public Register Register { get; init; } = Register.Usted;

    [JsonConverter(typeof(JsonStringEnumConverter<Moment>))]
    public Moment Moment { get; init; } = Moment.Greeting;

    public DialogFrame? Prompt { get; init; }

    /// <summary>What the live card shows now.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<LiveMode>))]
    public LiveMode Mode { get; init; } = LiveMode.Service;

    /// <summary>The protocol's moment in the open service.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ServiceStage>))]
    public ServiceStage Stage { get; init; } = ServiceStage.Arrival;

    /// <summary>A one-line note the live card shows once (the supervisor was told, a wait was recorded).</summary>
    public string? Note { get; init; }

    /// <summary>The draft under review, so the live card can be drawn again.</summary>
    public string? Draft { get; init; }

    /// <summary>How far each phrase list has rotated, by a key naming the list (moment and filters).</summary>
    public ImmutableDictionary<string, int> Rotation { get; init; } = ImmutableDictionary<string, int>.Empty;

    public int RotationOf(string key) => Rotation.GetValueOrDefault(key);

    public CoachingState Rotated(string key) => this with { Rotation = Rotation.SetItem(key, RotationOf(key) + 1) };
}
