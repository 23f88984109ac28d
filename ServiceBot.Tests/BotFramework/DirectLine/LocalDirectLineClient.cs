using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceBot.Tests.BotFramework.DirectLine;

/// <summary>
/// Talks to the local Direct Line over HTTP the way botframework-directlinejs does with polling: generate a token,
/// start the conversation, post activities with a clientActivityID, read activities from a watermark.
/// </summary>
public sealed class LocalDirectLineClient(HttpClient http)
{
    private int _watermark;
    private readonly List<JsonElement> _unmatched = [];

    public string ConversationId { get; private set; } = string.Empty;

    public string Token { get; private set; } = string.Empty;

    /// <summary>Every activity read so far, in the order read (an update appears again under its id).</summary>
    public List<JsonElement> Seen { get; } = [];

    public static async Task<LocalDirectLineClient> StartAsync(HttpClient http, string persona = "agent", string locale = "es-MX")
    {
        var client = new LocalDirectLineClient(http);
        using var generated = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { persona, locale });
        generated.EnsureSuccessStatusCode();
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        client.Token = body.GetProperty("token").GetString()!;
        client.ConversationId = body.GetProperty("conversationId").GetString()!;
        using var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { locale });
        started.EnsureSuccessStatusCode();
        return client;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Posts a message as Web Chat does; returns the id the service gave it.</summary>
    public async Task<string> PostAsync(string? text = null, JsonNode? value = null, string? replyToId = null, string? clientActivityId = null, string locale = "es-MX")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["value"] = value,
            ["replyToId"] = replyToId,
            ["locale"] = locale,
            ["localTimezone"] = "America/Mexico_City",
            ["from"] = new JsonObject { ["id"] = "ignored", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Reads what is new since the last read.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReadAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={_watermark}");
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        _watermark = int.Parse(set.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var activities = set.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
        Seen.AddRange(activities);
        _unmatched.AddRange(activities);
        return activities;
    }

    /// <summary>
    /// Polls (as the client does, every 50 ms here) until an activity matches; gives up after 30 s. Waits consume
    /// activities in order: a match also passes over the activities before it, but one read in the same poll after
    /// it (an echo and its answer often arrive together) stays for the next wait.
    /// </summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (TryTake(match, out var found))
            {
                return found;
            }

            _unmatched.Clear();
            await ReadAsync();
            if (TryTake(match, out found))
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching activity in 30 s; read: {string.Join("\n", Seen.Select(a => a.GetRawText()))}");
    }

    private bool TryTake(Func<JsonElement, bool> match, out JsonElement found)
    {
        var index = _unmatched.FindIndex(activity => match(activity));
        found = index >= 0 ? _unmatched[index] : default;
        if (index >= 0)
        {
            _unmatched.RemoveRange(0, index + 1);
        }

        return index >= 0;
    }

    public static bool IsFromBot(JsonElement activity) =>
        activity.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot";

    public static bool HasCard(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0;
}
