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
app.MapGet("/healthz", () => Results.Text("Healthy"));
app.MapPost("/api/messages", (HttpContext http, FloorTurn turn) => turn.HandleAsync(http));
await app.RunAsync();
