using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Turns;

namespace ServiceBot.BotFramework;

/// <summary>
/// POST /api/messages: size limit (413) → parse (400) → authenticate (401) → de-duplicate → run the turn.
/// Invokes are answered in the response body; every other activity gets 200 once its turn has run. A failing turn
/// is logged and apologised for, never answered with a 500.
/// </summary>
public sealed class MessagesEndpoint(
    IOptions<BotFrameworkOptions> options,
    BotTokenAuthenticator authenticator,
    AuthenticationFailureResponse authenticationFailure,
    ConnectorClientFactory connectors,
    ActivityDeduplicator deduplicator,
    ConversationReferenceRecorder references,
    TurnRunner runner,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";

    public async Task<IResult> ProcessAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "POST";
            return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, detail: "Only POST is accepted here.");
        }

        var cancellationToken = http.RequestAborted;
        var read = await ActivityReader.ReadAsync(http.Request, new ActivityReader.Rules(options.Value.MaxRequestBodyBytes, authenticator.IsLocalMode), cancellationToken);
        if (read.Activity is not { } activity)
        {
            BotFrameworkLog.BadRequest(logger, read.Error!);
            return Results.Problem(statusCode: read.StatusCode, detail: read.Error);
        }

        var auth = await AuthenticateAsync(http, activity, cancellationToken);
        if (!auth.Succeeded)
        {
            return authenticationFailure.Respond(http, auth, logger);
        }

        activity = activity with { CallerId = auth.IsAnonymous ? null : "urn:botframework:azure" };
        using var scope = logger.BeginScope(new ActivityLogScope(activity));
        BotFrameworkLog.Incoming(logger, activity.Type, activity.Text);

        var connector = connectors.CreateForActivity(activity.ServiceUrl!, auth.Provenance);
        // The turn runs to its commit even if the channel stops waiting: a half-run turn would be worse than a late one.
        var turn = new TurnContext(activity, auth.Identity!, new ConnectorReplyChannel(connector), http.RequestServices) { Provenance = auth.Provenance };
        var route = TurnRouter.Match(turn);
        PendingReference? pending = null;
        if (route?.SavesReference == true)
        {
            pending = references.ToSave(activity, auth.Provenance);
        }
        else
        {
            await references.RecordAsync(activity, auth.Provenance, CancellationToken.None);
        }

        turn.Reference = pending;
        var check = route?.ChecksRedelivery == true ? RedeliveryCheck.InTheTurn : RedeliveryCheck.BeforeTheTurn;
        var (response, isRedelivery) = await deduplicator.RunOnceAsync(activity, check, async () =>
        {
            var invokeResponse = await runner.RunAsync(turn, route, CancellationToken.None);
            return new DeliveryOutcome(invokeResponse, turn.Record);
        });
        if (isRedelivery)
        {
            BotFrameworkLog.Redelivery(logger);
        }

        if (pending is not null)
        {
            // Saved by the handler with its own write, or (a redelivery, a failed turn) here, alone.
            if (turn.Reference is null)
            {
                references.Saved(pending);
            }
            else
            {
                await references.SaveAsync(pending, CancellationToken.None);
            }
        }

        return ToResult(activity, response);
    }

    private async Task<AuthenticationResult> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        var result = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.FirstOrDefault(), activity, cancellationToken);
        if (result.IsAnonymous && http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return AuthenticationResult.Fail("Unauthenticated requests are accepted only from this machine.");
        }

        return result;
    }

    private static IResult ToResult(Activity activity, InvokeResponse? response)
    {
        if (!activity.IsType(ActivityTypes.Invoke))
        {
            return Results.Ok();
        }

        response ??= InvokeResponse.NotImplemented();
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
    }
}
