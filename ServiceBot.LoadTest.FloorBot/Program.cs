using ServiceBot.LoadTest.FloorBot;

// The floor of the load benchmark: parse the activity, validate the channel's JWT, post one reply with a cached
// app token. Configured with ServiceBot's own keys (MicrosoftAppId..., BotFramework:*), so one launcher runs both.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(FloorBotSettings.Read(builder.Configuration));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ChannelKeys>();
builder.Services.AddSingleton<ChannelTokenValidator>();
builder.Services.AddSingleton<ReplySender>();
builder.Services.AddSingleton<FloorTurn>();

var app = builder.Build();

// As ServiceBot does (its StartupWarmUp), the channel's keys and the app token are fetched once the port is open, and
// /ready answers 200 when that is done (or failed: the first turn then fetches them), so the first turn is compared fairly.
var prefetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
{
    try
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Task.WhenAll(
            app.Services.GetRequiredService<ChannelKeys>().GetAsync(timeout.Token),
            app.Services.GetRequiredService<ReplySender>().PrefetchTokenAsync(timeout.Token));
    }
    catch (Exception ex)
    {
        FloorLog.PrefetchFailed(app.Logger, ex.Message);
    }
    finally
    {
        prefetched.TrySetResult();
    }
}));

app.MapGet("/healthz", () => Results.Text("Healthy"));
app.MapGet("/ready", () => prefetched.Task.IsCompleted
    ? Results.Text("ready")
    : Results.Text("fetching the keys and the app token", statusCode: StatusCodes.Status503ServiceUnavailable));
app.MapPost("/api/messages", (HttpContext http, FloorTurn turn) => turn.HandleAsync(http));
await app.RunAsync();

internal static partial class FloorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Prefetch at start failed ({Error}); the first turn fetches what it needs")]
    public static partial void PrefetchFailed(ILogger logger, string error);
}
