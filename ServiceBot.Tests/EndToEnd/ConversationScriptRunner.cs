using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Content;
using ServiceBot.Localization;
using ServiceBot.Proactive;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.EndToEnd;

/// <summary>
/// Runs a scripted conversation from EndToEnd/Conversations through the whole bot over HTTP: real tokens, the
/// loopback channel, a SQLite file, and a clock the script moves. Checks each turn's expectations and returns what
/// the bot showed in every turn. One runner runs one script (its own channel and data folder).
/// </summary>
public sealed class ConversationScriptRunner : IAsyncDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "servicebot-tests", Guid.NewGuid().ToString("N"));
    private FakeChannelServer _channel = null!;
    private FakeTokenEndpoint _entra = null!;
    private ServiceBotApplication? _app;
    private HttpClient? _client;
    private int _activitySequence;

    // The cards on screen in the agent's chat, by message id, latest last: sent, updated in place, or answered to an invoke.
    private readonly List<(string? Id, BotReply Reply)> _shown = [];

    private ConversationScriptRunner()
    {
    }

    public static async Task<ConversationScriptRunner> StartAsync()
    {
        var runner = new ConversationScriptRunner { _channel = await FakeChannelServer.StartAsync() };
        runner._channel.ChannelKeys.Add(new TestKey("channel-key-1", "msteams"));
        runner._entra = await FakeTokenEndpoint.StartAsync();
        return runner;
    }

    /// <summary>Runs one script (a file name in EndToEnd/Conversations), failing on the first unmet expectation.</summary>
    public async Task<ScriptTranscript> RunAsync(string file)
    {
        var script = ConversationScript.Load(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Conversations", file));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(script.TimeZone);
        var localStart = DateTime.Parse(script.Start, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new ManualTimeProvider(new DateTimeOffset(localStart, zone.GetUtcOffset(localStart)).ToUniversalTime());
        var language = LocaleResolver.Resolve(script.Locale);
        var turns = new List<ScriptTurnReplies>();
        Start(clock, script);

        for (var i = 0; i < script.Turns.Count; i++)
        {
            var turn = script.Turns[i];
            var where = $"{file} turn {i + 1} ({turn})";
            if (turn.Restart)
            {
                await StopAsync();
                Start(clock, script);
            }

            clock.Advance(TimeSpan.FromMinutes(turn.Wait));
            var before = _channel.Calls.Count;
            if (turn.Dispatch)
            {
                await _app!.Services.GetRequiredService<ScheduledMessageDispatcher>().DispatchDueAsync(CancellationToken.None);
            }

            string? clickedId = null;
            var invokeBody = turn.Say is null && turn.Tap is null && turn.Event is null ? null : await SendAsync(turn, script, zone, clock, where, id => clickedId = id);
            var replies = await CollectAsync(before, invokeBody, clickedId, turn.From == "supervisor" ? ScriptPeople.SupervisorConversationId : null);
            Track(before, replies);
            var speaker = turn.From == "supervisor" ? LocaleResolver.Resolve(script.SupervisorLocale) : language;
            var content = _app!.Services.GetRequiredService<ContentStore>().Current;
            var context = new ScriptContext(
                key => Catalog.Get(key, speaker),
                key => Catalog.Get(key, LocaleResolver.Resolve(script.SupervisorLocale)),
                [.. content.Protocol.Select(step => step.Checklist.Get(speaker))]);
            foreach (var expectation in turn.Expect)
            {
                ReplyExpectations.Check(expectation, replies, context, where);
            }

            turns.Add(new ScriptTurnReplies(i + 1, turn, replies));
        }

        // A whole service leaves at most this many new bot messages in the agent's chat (updates in place are free).
        if (script.MaxNewMessages is { } max)
        {
            var sent = turns.SelectMany(t => t.Replies).Count(r => r.Kind == BotReplyKind.Sent && r.ConversationId != ScriptPeople.SupervisorConversationId);
            Assert.True(sent <= max, $"{file}: {sent} new bot messages in the agent's chat, more than {max}:\n{ReplyExpectations.Describe(turns.SelectMany(t => t.Replies).Where(r => r.Kind == BotReplyKind.Sent))}");
        }

        return new ScriptTranscript(script, turns);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _channel.DisposeAsync();
        await _entra.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private ITextCatalog Catalog => _app!.Services.GetRequiredService<ITextCatalog>();

    private void Start(ManualTimeProvider clock, ConversationScript script)
    {
        _app = new ServiceBotApplication(_channel, ServiceBotApplication.TestAppId, _entra)
        {
            Clock = clock,
            DataFolder = _dataFolder,
            KeepDataFolder = true,
        };
        // The script decides when reminders fall due; the background poller stays out of the way.
        _app.WithSetting("Proactive:PollInterval", "01:00:00");
        if (script.SupervisorLocale is not null)
        {
            _app.WithSetting("Proactive:Supervisors:0", ScriptPeople.SupervisorAadObjectId);
        }

        if (script.AgentPlace is { } place)
        {
            _app.WithSetting($"Roster:Places:{ScriptPeople.AgentAadObjectId}", place);
        }
        _client = _app.CreateClient();
    }

    private async Task StopAsync()
    {
        _client?.Dispose();
        _client = null;
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _app = null;
    }

    private static void StampLocalTime(JsonObject activity, ConversationScript script, TimeZoneInfo zone, ManualTimeProvider clock)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        activity["timestamp"] = clock.GetUtcNow().ToString("O", invariant);
        if (script.TimeZoneFrom != "clientInfo")
        {
            activity["localTimestamp"] = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).ToString("O", invariant);
        }

        switch (script.TimeZoneFrom)
        {
            case "localTimezone":
                activity["localTimezone"] = script.TimeZone;
                break;
            case "clientInfo":
                var entities = activity["entities"] as JsonArray ?? [];
                entities.Add(new JsonObject { ["type"] = "clientInfo", ["locale"] = script.Locale, ["timezone"] = script.TimeZone });
                activity["entities"] = entities;
                break;
            case "localTimestamp":
                break;
            default:
                throw new InvalidOperationException($"{script.File}: timeZoneFrom '{script.TimeZoneFrom}' is not localTimezone, clientInfo or localTimestamp");
        }
    }

    private async Task<JsonElement?> SendAsync(ScriptTurn turn, ConversationScript script, TimeZoneInfo zone, ManualTimeProvider clock, string where, Action<string?> clicked)
    {
        var supervisor = turn.From == "supervisor";
        var locale = supervisor ? script.SupervisorLocale ?? script.Locale : script.Locale;
        var activity = turn.Event == "added"
            ? TestActivities.BotAdded(_channel.ServiceUrl(), locale)
            : TestActivities.Message(_channel.ServiceUrl(), turn.Say ?? string.Empty, locale, id: $"act-{++_activitySequence}");
        if (supervisor)
        {
            ScriptPeople.FromSupervisor(activity);
        }

        StampLocalTime(activity, script, zone, clock);
        if (turn.Tap is { } verb)
        {
            var (cardId, data) = FindButton(verb, where, turn.From == "supervisor");
            clicked(cardId);
            foreach (var (name, value) in turn.Data)
            {
                data[name] = value;
            }

            if (turn.Invoke)
            {
                activity = TestActivities.Invoke(_channel.ServiceUrl(), "adaptiveCard/action", new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                    ["trigger"] = "manual",
                }, script.Locale);
                activity["id"] = $"act-{++_activitySequence}";
                if (supervisor)
                {
                    ScriptPeople.FromSupervisor(activity);
                }

                StampLocalTime(activity, script, zone, clock);
            }
            else
            {
                activity.Remove("text");
                activity["value"] = data;
            }

            activity["replyToId"] = cardId;
        }

        var response = await _client!.PostAsync(activity, TokenFactory.ChannelToken(_channel.ChannelKeys[0], ServiceBotApplication.TestAppId, _channel.ServiceUrl()));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{where}: /api/messages answered {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        return turn.Invoke && body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null;
    }

    private (string? CardId, JsonObject Data) FindButton(string verb, string where, bool supervisor)
    {
        var conversation = supervisor ? ScriptPeople.SupervisorConversationId : null;
        foreach (var (id, reply) in Enumerable.Reverse(_shown))
        {
            if ((reply.ConversationId == ScriptPeople.SupervisorConversationId) != supervisor)
            {
                continue;
            }

            var button = reply.Buttons.FirstOrDefault(b => b.Verb == verb);
            if (button is { Data: var data } && data.ValueKind == JsonValueKind.Object)
            {
                var copy = JsonNode.Parse(data.GetRawText())!.AsObject();
                copy.Remove("msteams");
                return (id, copy);
            }
        }

        _ = conversation;

        Assert.Fail($"{where}: no card the bot sent has a '{verb}' button");
        return default;
    }

    /// <summary>Keeps what is on screen: a new message adds a card, an update or an invoke's answer replaces one, a delete removes it.</summary>
    private void Track(int before, IReadOnlyList<BotReply> replies)
    {
        foreach (var call in _channel.Calls.Skip(before).Where(c => c.Method == "DELETE"))
        {
            var gone = call.Path.Split('/').Last();
            _shown.RemoveAll(s => s.Id == gone);
        }

        foreach (var reply in replies.Where(r => r.Card is not null))
        {
            _shown.RemoveAll(s => reply.Kind != BotReplyKind.Sent && s.Id == reply.Id);
            _shown.Add((reply.Id, reply));
        }
    }

    private async Task<IReadOnlyList<BotReply>> CollectAsync(int before, JsonElement? invokeBody, string? clickedId, string? invokeConversationId)
    {
        // Turns answer before the HTTP response returns; a short settle covers the channel's own bookkeeping.
        await _channel.WaitForCallsAsync(before, TimeSpan.FromMilliseconds(50));
        var replies = _channel.Calls.Skip(before).Select(ToReply).OfType<BotReply>().ToList();
        if (invokeBody is { } body && body.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object)
        {
            replies.Add(new BotReply(BotReplyKind.InvokeResponse, clickedId, null, value, invokeConversationId));
        }

        return replies;
    }

    /// <summary>The conversation id in a Connector path: /{prefix}/v3/conversations/{id}/activities[/...].</summary>
    private static string? ConversationOf(string path)
    {
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "conversations");
        return at >= 0 && at + 1 < segments.Length ? Uri.UnescapeDataString(segments[at + 1]) : null;
    }

    private static BotReply? ToReply(ConnectorCall call)
    {
        if (call.Method is not ("POST" or "PUT") || call.Body.Length == 0)
        {
            return null;
        }

        var activity = call.Activity;
        var card = activity.Attachments?.FirstOrDefault(a => a.IsAdaptiveCard)?.Content;
        var id = call.Method == "PUT" ? Uri.UnescapeDataString(call.Path.Split('/').Last()) : call.ResponseId;
        return new BotReply(call.Method == "PUT" ? BotReplyKind.Updated : BotReplyKind.Sent, id, activity.Text, card, ConversationOf(call.Path), activity.Summary);
    }
}
