using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Web.Chat;

namespace ServiceBot.Tests.Web;

/// <summary>A bot built without its web pages (no Node, or -p:SkipWebAssets=true) says so on the chat page instead of "connecting" forever.</summary>
public sealed class ChatPageWithoutScriptTests
{
    [Theory]
    [InlineData("es", "Node.js 20")]
    [InlineData("en", "Node.js 20")]
    public async Task WithoutTheWebChatBundle_ThePageSaysWhatToInstall(string lang, string expected)
    {
        await using var channel = await FakeChannelServer.StartAsync();
        await using var app = new ServiceBotApplication(channel, appId: null);
        _ = app.CreateClient();
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();
        var http = new DefaultHttpContext
        {
            RequestServices = new WebRootWithout(app.Services, environment),
            Request = { Method = "GET", Path = "/", QueryString = new QueryString($"?lang={lang}"), Host = new HostString("localhost") },
            Response = { Body = new MemoryStream() },
        };

        await ChatPage.Render(http).ExecuteAsync(http);
        http.Response.Body.Position = 0;
        var html = await new StreamReader(http.Response.Body).ReadToEndAsync();

        Assert.Equal((int)HttpStatusCode.OK, http.Response.StatusCode);
        Assert.Contains("data-servicebot-script-missing", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("-p:SkipWebAssets=true", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-servicebot-local-chat", html, StringComparison.Ordinal);
    }

    /// <summary>The host's services, with a web root that holds no files.</summary>
    private sealed class WebRootWithout(IServiceProvider services, IWebHostEnvironment environment) : IServiceProvider
    {
        private readonly IWebHostEnvironment _empty = new EmptyWebRoot(environment);

        public object? GetService(Type serviceType) => serviceType == typeof(IWebHostEnvironment) ? _empty : services.GetService(serviceType);
    }

    private sealed class EmptyWebRoot(IWebHostEnvironment real) : IWebHostEnvironment
    {
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string WebRootPath { get; set; } = string.Empty;
        public string ApplicationName { get; set; } = real.ApplicationName;
        public IFileProvider ContentRootFileProvider { get; set; } = real.ContentRootFileProvider;
        public string ContentRootPath { get; set; } = real.ContentRootPath;
        public string EnvironmentName { get; set; } = real.EnvironmentName;
    }
}
