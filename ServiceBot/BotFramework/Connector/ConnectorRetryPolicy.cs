using System.Net;
using Polly;
using Polly.Retry;

namespace ServiceBot.BotFramework.Connector;

/// <summary>
/// Retries throttled and transiently failed Connector calls: 429 honouring Retry-After, and 412/502/503/504,
/// exponentially with jitter and a bounded count. Network failures are retried only for idempotent methods, because a
/// POST that timed out may already have been delivered.
/// </summary>
public static class ConnectorRetryPolicy
{
    public static ResiliencePipeline<HttpResponseMessage> Create(BotFrameworkOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.ConnectorMaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ConnectorBaseDelay,
                MaxDelay = options.ConnectorMaxRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(
                    options.ConnectorMaxRetries > 0 && ShouldRetry(args.Outcome, args.Context, options.ConnectorMaxRetryAfter, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    public static readonly ResiliencePropertyKey<bool> IsIdempotent = new("ServiceBot.Connector.IsIdempotent");

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (outcome.Exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            return context.Properties.GetValue(IsIdempotent, false);
        }

        return outcome.Result?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter(outcome.Result, timeProvider) is not { } wait || wait <= maxRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
