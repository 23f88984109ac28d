using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.Turns;

namespace ServiceBot.Hosting;

/// <summary>
/// Once the port is open and the first request answered (or <see cref="WarmUpOptions.FirstAnswerWait"/> has passed), prepares what the first conversation would otherwise pay for: the Bot Connector's signing
/// keys (its OpenID metadata and key set), the bot's app token (MSAL's first request and the HTTPS handshake with Entra
/// ID), the turn path rehearsed in process (<see cref="TurnPathWarmUp"/>: nothing written, nothing sent), the Connector's
/// HTTP transport (<see cref="ConnectorTransportWarmUp"/>: one post to this process's own health endpoint), and the app's
/// endpoints built (routing comes after <c>/healthz</c>, so the first routed request would otherwise build them).
/// <c>/ready</c> waits for it, <c>/healthz</c> does not. A step that fails or outlasts its timeout is logged and left to
/// the first turn, which fetches what it needs as it always did.
/// </summary>
public sealed class StartupWarmUp(
    IOptions<WarmUpOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    SigningKeyCaches keys,
    IAppTokenProvider appToken,
    BotTokenAuthenticator authenticator,
    TurnPathWarmUp turnPath,
    ConnectorTransportWarmUp connectorTransport,
    EndpointDataSource endpoints,
    IHostApplicationLifetime lifetime,
    FirstAnswer firstAnswer,
    ILogger<StartupWarmUp> logger) : DisposalSafeBackgroundService
{
    public const string SigningKeysStep = "signing keys";
    public const string AppTokenStep = "app token";
    public const string TurnPathStep = "turn path";
    public const string TokenValidationStep = "token validation";
    public const string EndpointsStep = "endpoints";
    public const string ConnectorTransportStep = "connector transport";

    private const int NetworkAttempts = 2;

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, bool> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _took = new(StringComparer.Ordinal);

    /// <summary>Completes once every step has finished, failed or timed out (at once when the warm-up is off).</summary>
    public Task Done => _done.Task;

    /// <summary>The steps still running, for <c>/ready</c> to name; empty once <see cref="Done"/>.</summary>
    public IReadOnlyCollection<string> Pending => Done.IsCompleted ? [] : [.. _pending.Keys];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The web server stops before the hosted services, so this service's own token is cancelled only after the port
        // has closed: the application's stopping signal ends the warm-up first, and a step the stop cut off (the
        // connector transport's post to this process, refused) is not a failure to report.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        try
        {
            if (options.Value.Enabled)
            {
                await lifetime.WhenStartedAsync(token);
                await WhenFirstAnsweredAsync(token);
                await WarmUpAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped before the port opened or while warming up.
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task WarmUpAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        // The network steps are bounded; the turn path may wait for the classifier's training, which /ready waits for anyway.
        var steps = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [TurnPathStep] = turnPath.RunAsync,
            [EndpointsStep] = cancellationToken =>
            {
                _ = endpoints.Endpoints;
                return Task.CompletedTask;
            },
            [ConnectorTransportStep] = Bounded(connectorTransport.RunAsync),
        };
        if (!credentials.Value.IsAuthenticationDisabled)
        {
            steps[SigningKeysStep] = Bounded(async ct => await keys.Channel.GetAsync(ct));
            steps[AppTokenStep] = Bounded(ct => appToken.GetTokenAsync(forceRefresh: false, ct));
            steps[TokenValidationStep] = _ => authenticator.RehearseAsync();
        }

        foreach (var step in steps.Keys)
        {
            _pending[step] = true;
        }

        await Task.WhenAll(steps.Select(step => StepAsync(step.Key, step.Value, stoppingToken)));
        var took = string.Join(", ", steps.Keys.Select(step => $"{step} {_took.GetValueOrDefault(step)} ms"));
        HostingLog.WarmedUp(logger, clock.ElapsedMilliseconds, took);
    }

    private async Task StepAsync(string step, Func<CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.Run(() => run(stoppingToken), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            HostingLog.WarmUpStepFailed(logger, step, ex.GetType().Name, ex.Message);
        }
        finally
        {
            _took[step] = clock.ElapsedMilliseconds;
            _pending.TryRemove(step, out _);
        }
    }

    /// <summary>Each try within the step timeout; a second try after a failure (a cold start on busy cores can outlast the key fetch's own timeout).</summary>
    private Func<CancellationToken, Task> Bounded(Func<CancellationToken, Task> run) => async stoppingToken =>
    {
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(options.Value.StepTimeout);
            try
            {
                await run(timeout.Token).WaitAsync(timeout.Token);
                return;
            }
            catch (Exception) when (attempt < NetworkAttempts && !stoppingToken.IsCancellationRequested)
            {
            }
        }
    };

    private async Task WhenFirstAnsweredAsync(CancellationToken stoppingToken)
    {
        try
        {
            await firstAnswer.Answered.WaitAsync(options.Value.FirstAnswerWait, stoppingToken);
        }
        catch (TimeoutException)
        {
            // No request yet (no probe): warm up anyway.
        }
    }
}
