using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Web;

/// <summary>/privacy and /terms (the manifest's links) come from the published content and follow its edits.</summary>
public sealed class LegalPagesTests : IAsyncLifetime
{
    private FakeChannelServer channel = null!;

    private ServiceBotApplication App { get; set; } = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannelServer.StartAsync();
        App = new ServiceBotApplication(channel);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task Privacy_IsSpanishFirst_EnglishWhenAsked_WithoutSignIn()
    {
        using var client = App.CreateClient();

        using var spanish = await client.GetAsync(new Uri("/privacy", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/terms");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        using var english = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, spanish.StatusCode);
        Assert.Contains("<h1", await spanish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("lang=\"es\"", await spanish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("lang=\"en\"", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_AfterAPublishedEdit_ShowTheNewText_AndNoRawHtml()
    {
        var publisher = App.Services.GetRequiredService<ContentPublisher>();
        var (live, files) = (await publisher.GetLiveAsync())!.Value;
        var edited = files.With(ContentFile.FromText("pages/terms.es.md", "# Términos\n\nVigentes desde hoy.\n\n<script>alert(1)</script>\n"));
        await publisher.SaveAndPublishAsync(new NewContentRevision(edited, live, "ana", "Nuevos términos", ContentOrigin.Studio));
        using var client = App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/terms?lang=es", UriKind.Relative));

        Assert.Contains("Vigentes desde hoy.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}
