using ServiceBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceBot();

var app = builder.Build();
app.MapServiceBot();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
