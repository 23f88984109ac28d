using ServiceBot.Cli;
using ServiceBot.Content;
using ServiceBot.Hosting;

if (ServiceBotCommandLine.Handles(args))
{
    return await ServiceBotCommandLine.RunAsync(args);
}

var builder = ServiceBotWebHost.CreateBuilder(args);
builder.AddServiceBot();

var app = builder.Build();
// The content store (database, live revision, snapshot) is created on the thread pool while the endpoints are mapped
// and the host starts; the host waits for it before the port opens, as before.
app.Services.BeginContentStore();
app.MapServiceBot();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
