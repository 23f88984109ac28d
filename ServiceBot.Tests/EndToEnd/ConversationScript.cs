using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// A scripted conversation (TestData in EndToEnd/Conversations/*.yaml): the agent's locale, time zone and local
/// start time, then turns — typed text, a button tapped, or time passing — each with what the bot must answer.
/// </summary>
public sealed class ConversationScript
{
    public string Name { get; set; } = string.Empty;

    public string Locale { get; set; } = "es-MX";

    public string TimeZone { get; set; } = "America/Mexico_City";

    /// <summary>
    /// How the agent's client tells its time zone: "localTimezone" (default), "clientInfo" (only the Teams clientInfo
    /// entity) or "localTimestamp" (only the offset of the local timestamp).
    /// </summary>
    public string TimeZoneFrom { get; set; } = "localTimezone";

    /// <summary>The agent's local date and time when the script starts (ISO 8601, no offset).</summary>
    public string Start { get; set; } = "2026-11-23T10:00:00";

    /// <summary>When set, a supervisor is configured (Proactive:Supervisors) who uses Teams in this locale.</summary>
    public string? SupervisorLocale { get; set; }

    /// <summary>When set, the agent's place in the roster (Roster:Places), shown on the supervisor's call card.</summary>
    public string? AgentPlace { get; set; }

    /// <summary>When set, the new bot messages the whole script leaves in the agent's chat (updates in place not counted) may not exceed this.</summary>
    public int? MaxNewMessages { get; set; }

    public List<ScriptTurn> Turns { get; set; } = [];

    public string File { get; set; } = string.Empty;

    public override string ToString() => File;

    public static ConversationScript Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var script = deserializer.Deserialize<ConversationScript>(System.IO.File.ReadAllText(path));
        script.File = Path.GetFileName(path);
        return script;
    }

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Conversations"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });
}

public sealed class ScriptTurn
{
    /// <summary>Text the agent types.</summary>
    public string? Say { get; set; }

    /// <summary>A button's verb; the button is looked up on the cards the bot sent.</summary>
    public string? Tap { get; set; }

    public Dictionary<string, string> Data { get; set; } = [];

    /// <summary>Tap as Action.Execute (an invoke answered in the response) rather than Action.Submit.</summary>
    public bool Invoke { get; set; }

    /// <summary>Minutes that pass before this turn (the clock moves; scheduled reminders fall due).</summary>
    public int Wait { get; set; }

    /// <summary>Run the proactive dispatcher after waiting (reminders that fell due are delivered).</summary>
    public bool Dispatch { get; set; }

    /// <summary>"added": the agent installs the bot (a conversationUpdate adding it) instead of typing.</summary>
    public string? Event { get; set; }

    /// <summary>Who speaks: the agent (default) or "supervisor", from their own 1:1 chat with the bot.</summary>
    public string From { get; set; } = "agent";

    /// <summary>Stop and start the bot again on the same data before this turn.</summary>
    public bool Restart { get; set; }

    public List<Dictionary<string, string>> Expect { get; set; } = [];

    public override string ToString() => Say ?? Tap ?? Event ?? (Wait > 0 ? $"wait {Wait}" : "turn");
}
