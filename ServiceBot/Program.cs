using ServiceBot.Cli;
using ServiceBot.Hosting;

if (ServiceBotCommandLine.Handles(args))
{
    return await ServiceBotCommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceBot();

var app = builder.Build();
app.MapServiceBot();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
