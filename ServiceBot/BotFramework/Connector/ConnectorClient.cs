using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API for one serviceUrl: send, reply, update, delete, create a conversation, get a member.
/// Every call carries the app token (when the bot has credentials), is retried per <see cref="ConnectorRetryPolicy"/>,
/// and on a 401 gets one fresh token and one more try. A client made with a <c>refusal</c> sends nothing and throws
/// <see cref="UntrustedServiceUrlException"/> with that reason on every call (a copy of a client must keep it).
/// </summary>
public sealed class ConnectorClient(
    string serviceUrl,
    HttpClient httpClient,
    IAppTokenProvider tokenProvider,
    bool mayAttachToken,
    ResiliencePipeline<HttpResponseMessage> retryPipeline,
    string? refusal)
{
    public string ServiceUrl => serviceUrl;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(activity, Serialize(activity), cancellationToken);

    /// <summary>Posts <paramref name="activity"/> with <paramref name="json"/>, its protocol JSON already written, as the body.</summary>
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, ConnectorUrls.Activities(serviceUrl, RequireConversationId(activity)), json, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        ReplyToActivityAsync(activity, Serialize(activity), cancellationToken);

    /// <summary>Replies with <paramref name="json"/>, <paramref name="activity"/>'s protocol JSON already written, as the body.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        var replyToId = activity.ReplyToId ?? throw new ArgumentException("A reply needs replyToId.", nameof(activity));
        return SendAsync<ResourceResponse>(HttpMethod.Post, ConnectorUrls.Activity(serviceUrl, RequireConversationId(activity), replyToId), json, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, ConnectorUrls.Activity(serviceUrl, RequireConversationId(activity), activityId), Serialize(activity with { Id = activityId }), cancellationToken);

    /// <summary>
    /// Replaces <paramref name="activityId"/> with <paramref name="activity"/>, whose protocol JSON (<paramref name="json"/>)
    /// is already written: the body is that JSON with the id it replaces.
    /// </summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = activity.Id is null ? ActivityJsonId.Add(json, activityId) : Serialize(activity with { Id = activityId });
        return SendAsync<ResourceResponse>(HttpMethod.Put, ConnectorUrls.Activity(serviceUrl, RequireConversationId(activity), activityId), body, cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await SendAsync<JsonElement?>(HttpMethod.Delete, ConnectorUrls.Activity(serviceUrl, conversationId, activityId), null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, ConnectorUrls.Conversations(serviceUrl), Serialize(parameters), cancellationToken);

    public Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
        SendAsync<ChannelAccount>(HttpMethod.Get, ConnectorUrls.Member(serviceUrl, conversationId, memberId), null, cancellationToken);

    private static ReadOnlyMemory<byte> Serialize<TBody>(TBody body) => JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options);

    private async Task<T> SendAsync<T>(HttpMethod method, Uri uri, ReadOnlyMemory<byte>? payload, CancellationToken cancellationToken)
    {
        var response = await SendWithRetriesAsync(method, uri, payload, forceRefreshToken: false, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && mayAttachToken)
        {
            response.Dispose();
            response = await SendWithRetriesAsync(method, uri, payload, forceRefreshToken: true, cancellationToken);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(method, response, cancellationToken);
            }

            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return default!;
            }

            return (await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken))!;
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpMethod method, Uri uri, ReadOnlyMemory<byte>? payload, bool forceRefreshToken, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(forceRefreshToken, cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorRetryPolicy.IsIdempotent, method != HttpMethod.Post);
        try
        {
            return await retryPipeline.ExecuteAsync(
                async ctx =>
                {
                    using var request = new HttpRequestMessage(method, uri);
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue(AuthenticationConstants.BearerScheme, token);
                    }

                    if (payload is { } bytes)
                    {
                        request.Content = new ReadOnlyMemoryContent(bytes);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    }

                    return await httpClient.SendAsync(request, ctx.CancellationToken);
                },
                context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (refusal is not null)
        {
            throw new UntrustedServiceUrlException(refusal);
        }

        var token = await tokenProvider.GetTokenAsync(forceRefresh, cancellationToken);
        if (token is not null && !mayAttachToken)
        {
            throw new UntrustedServiceUrlException($"The bot's token is not sent to {new Uri(serviceUrl).Host}: the serviceUrl was neither verified nor allow-listed.");
        }

        return token;
    }

    private static async Task<ConnectorException> ToExceptionAsync(HttpMethod method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? code = null;
        string? message = null;
        try
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(ProtocolJson.Options, cancellationToken);
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("error", out var detail) && detail.ValueKind == JsonValueKind.Object)
            {
                code = detail.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = detail.TryGetProperty("message", out var m) ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // The channel sent no ErrorResponse; the status code says enough.
        }

        var retryAfter = response.Headers.RetryAfter;
        return new ConnectorException(response.StatusCode, code, $"{method} {response.RequestMessage?.RequestUri?.AbsolutePath} failed with {(int)response.StatusCode} {code} {message}".TrimEnd())
        {
            RetryAfter = retryAfter?.Delta,
            RetryAt = retryAfter?.Date,
        };
    }

    private static string RequireConversationId(Activity activity) =>
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
}
