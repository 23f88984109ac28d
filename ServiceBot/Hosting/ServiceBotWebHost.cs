namespace ServiceBot.Hosting;

/// <summary>
/// The web host's builder: ASP.NET Core's slim builder, which leaves out what this app does not use (IIS, HTTP/3,
/// hosting startup assemblies, the Debug and EventSource log providers, regex route constraints) and so loads fewer
/// assemblies before the port opens, plus the two parts of the default builder it does use.
/// </summary>
public static class ServiceBotWebHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // HTTPS endpoints, from Kestrel:Endpoints or ListenOptions.UseHttps (a deployment's certificate, the tests' hosts).
        builder.WebHost.UseKestrelHttpsConfiguration();
        // The web pages' static web assets when run from the project in Development, as the default builder does.
        if (builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
