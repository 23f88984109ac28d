namespace ServiceBot.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Warm-up done in {Milliseconds} ms ({Steps}); /ready no longer waits for it")]
    public static partial void WarmedUp(ILogger logger, long milliseconds, string steps);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Warm-up: the {Step} step did not finish ({Error}: {Reason}); the first turn will do it")]
    public static partial void WarmUpStepFailed(ILogger logger, string step, string error, string reason);
}
