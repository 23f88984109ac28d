using ServiceBot.Content.Loading;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// What a message means, as a kind and a name: <c>new-service</c> (a command), <c>playbook.angry</c>,
/// <c>mood.upset</c>, <c>channel.phone</c>, <c>answer.yes</c>, <c>answer.number</c>, <c>arrival</c>, <c>draft</c>,
/// <c>other</c>. <see cref="ToString"/> and <see cref="TryParse"/> use that spelling (evaluation files, button data).
/// </summary>
public readonly record struct Intent(IntentKind Kind, string Name)
{
    public const string NumberAnswer = "number";

    public static Intent Other { get; } = new(IntentKind.Other, "other");

    public static Intent Draft { get; } = new(IntentKind.Draft, "draft");

    public static Intent Arrival { get; } = new(IntentKind.Arrival, "arrival");

    public static Intent Command(string id) => new(IntentKind.Command, id);

    public static Intent Playbook(string id) => new(IntentKind.Playbook, id);

    public static Intent Mood(Temperament temperament) => new(IntentKind.Mood, ContentNames.Of(temperament));

    public static Intent ChannelOf(Channel channel) => new(IntentKind.Channel, ContentNames.Of(channel));

    public static Intent Answer(PromptAnswer answer) => new(IntentKind.Answer, ContentNames.Of(answer));

    public static Intent Number { get; } = new(IntentKind.Answer, NumberAnswer);

    public bool IsCommand(string id) => Kind == IntentKind.Command && Name == id;

    public bool IsAnswer(PromptAnswer answer) => Kind == IntentKind.Answer && Name == ContentNames.Of(answer);

    public Temperament? AsMood => Kind == IntentKind.Mood ? Parse<Temperament>(Name) : null;

    public Channel? AsChannel => Kind == IntentKind.Channel ? Parse<Channel>(Name) : null;

    /// <summary>Menu commands, playbooks, moods and channels: things the agent asks the bot to do.</summary>
    public bool IsAction => Kind is IntentKind.Command or IntentKind.Arrival or IntentKind.Playbook or IntentKind.Mood or IntentKind.Channel;

    public override string ToString() => Kind switch
    {
        IntentKind.Command => Name,
        IntentKind.Arrival or IntentKind.Draft or IntentKind.Other => Name,
        _ => $"{Kind.ToString().ToLowerInvariant()}.{Name}",
    };

    public static bool TryParse(string? text, out Intent intent)
    {
        intent = Other;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            intent = text switch
            {
                "arrival" => Arrival,
                "draft" => Draft,
                "other" => Other,
                _ => Command(text),
            };
            return true;
        }

        var kind = text[..dot];
        var name = text[(dot + 1)..];
        if (name.Length == 0)
        {
            return false;
        }

        intent = kind switch
        {
            "playbook" => Playbook(name),
            "mood" when Parse<Temperament>(name) is { } t and not Temperament.Any => Mood(t),
            "channel" when Parse<Channel>(name) is { } c and not Channel.Any => ChannelOf(c),
            "answer" when name == NumberAnswer => Number,
            "answer" when Parse<PromptAnswer>(name) is { } a => Answer(a),
            _ => default,
        };
        return intent != default;
    }

    private static T? Parse<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : null;
}
