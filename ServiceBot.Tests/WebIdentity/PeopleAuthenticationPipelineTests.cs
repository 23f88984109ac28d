using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// People's sign-in runs for their endpoints and never for the bot's /api/messages, which checks the channel's token itself:
/// the app's real authentication service, with every call to it written down.
/// </summary>
public sealed class PeopleAuthenticationPipelineTests : BotHostTestBase
{
    private readonly ConcurrentQueue<string> authenticated = new();

    protected override ServiceBotApplication CreateApplication(FakeChannelServer channel) => new(channel, AppId, Entra)
    {
        TestServices = services => services.AddScoped<IAuthenticationService>(provider => new RecordingAuthenticationService(
            provider.GetRequiredService<IAuthenticationSchemeProvider>(),
            provider.GetRequiredService<IAuthenticationHandlerProvider>(),
            provider.GetRequiredService<IClaimsTransformation>(),
            provider.GetRequiredService<IOptions<AuthenticationOptions>>(),
            authenticated)),
    };

    [Fact]
    public async Task AnActivity_IsNotAuthenticatedAsAPerson()
    {
        var response = await Client.PostAsync(TestActivities.Message(Channel.ServiceUrl(), "hola"), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(authenticated, path => path.StartsWith("/api/messages", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task APeoplesEndpoint_IsStillAuthenticated_Once()
    {
        using var response = await Client.GetAsync(new Uri("/me", UriKind.Relative));

        // The default scheme chooses a handler and forwards to it: one pass is the default scheme asked once.
        var defaultScheme = (await App.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync())!.Name;
        Assert.Equal([$"/me {defaultScheme}"], authenticated.Where(call => call.EndsWith($" {defaultScheme}", StringComparison.Ordinal)));
    }

    private sealed class RecordingAuthenticationService(
        IAuthenticationSchemeProvider schemes,
        IAuthenticationHandlerProvider handlers,
        IClaimsTransformation transform,
        IOptions<AuthenticationOptions> options,
        ConcurrentQueue<string> record) : AuthenticationService(schemes, handlers, transform, options)
    {
        public override Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            record.Enqueue($"{context.Request.Path.Value} {scheme}");
            return base.AuthenticateAsync(context, scheme);
        }
    }
}
