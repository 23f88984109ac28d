using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Script;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// Plays one agent's conversation against the bot, turn after turn as Teams would: each activity is posted to
/// /api/messages with a freshly issued channel token and timed until the bot's HTTP answer is read in full; a tap
/// presses a button of the newest card the bot showed in this conversation.
/// </summary>
internal sealed class ConversationRunner(
    HttpClient http,
    Uri messagesEndpoint,
    TeamsChannel channel,
    ChannelTokenIssuer tokens,
    TeamsActivities activities,
    LoadScript script,
    LoadSettings settings,
    TimeProvider time)
{
    public async Task RunAsync(ConversationIdentity who, PhaseRecorder recorder, CancellationToken cancellationToken, ConversationTranscript? transcript = null)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(recorder);
        var ledger = channel.Ledger.Open(who.ConversationId, transcript);
        try
        {
            for (var turn = 0; turn < script.Turns.Count; turn++)
            {
                await PlayAsync(who, turn, ledger, recorder, cancellationToken);
            }
        }
        finally
        {
            // Closed first: from here on a late call for this conversation goes to the phase, not to its ledger.
            channel.Ledger.Close(ledger, recorder.Connector);
            recorder.Finished(ledger.Totals);
        }
    }

    private async Task PlayAsync(ConversationIdentity who, int turn, ConversationLedger ledger, PhaseRecorder recorder, CancellationToken cancellationToken)
    {
        var step = script.Turns[turn];
        var activityId = $"f:{who.Index}-{turn + 1}";
        string? clicked = null;
        JsonObject activity;
        switch (step.Kind)
        {
            case ScriptTurnKind.Event:
                activity = activities.Installed(who, activityId, step.Event!);
                break;
            case ScriptTurnKind.Say:
                activity = activities.Message(who, activityId, step.TextFor(who.Index));
                break;
            default:
                if (ledger.NewestCard is not { } shown)
                {
                    recorder.Error(turn, $"tap {step.Button}: the bot has shown no card in this conversation");
                    return;
                }

                var button = shown.Cards().SelectMany(CardButton.FindAll).FirstOrDefault(step.Button!.Matches);
                if (button is null)
                {
                    recorder.Error(turn, $"tap {step.Button}: the newest card has no such button");
                    return;
                }

                clicked = shown.ActivityId;
                activity = activities.Tap(who, activityId, button, clicked, step.Data);
                break;
        }

        var seen = ledger.Replies;
        recorder.Sent();
        var (status, body, milliseconds, failure) = await PostAsync(activity, cancellationToken);
        ledger.Transcript?.Turn(turn + 1, activity, (int)status, milliseconds, body);
        if (failure is not null)
        {
            recorder.Error(turn, failure);
            return;
        }

        if (status != HttpStatusCode.OK)
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            recorder.Error(turn, $"HTTP {(int)status}: {(text.Length > 200 ? text[..200] + "…" : text)}");
            return;
        }

        recorder.Answered(turn, milliseconds);
        if (activity["type"]!.GetValue<string>() == "invoke" && body.Length > 0)
        {
            ledger.RecordInvokeResponse(clicked, body);
        }

        if (step.ExpectReply && !await ledger.WaitForRepliesAsync(seen, settings.ReplyWait, time, cancellationToken))
        {
            recorder.Silent(turn);
        }
    }

    private async Task<(HttpStatusCode Status, byte[] Body, double Milliseconds, string? Failure)> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, messagesEndpoint)
        {
            Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString())),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.TokenFor(activity["serviceUrl"]!.GetValue<string>()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.TurnTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return (response.StatusCode, body, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (default, [], 0, $"no answer within {settings.TurnTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return (default, [], 0, $"{e.HttpRequestError}: {e.Message}");
        }
    }
}
