using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.WebIdentity;

namespace ServiceBot.Tests.WebIdentity;

/// <summary>
/// Middleware added with <see cref="BuiltAtFirstRequest.UseBuiltAtFirstRequest"/> is constructed when the first request
/// reaches it, not when the host starts and opens the port; once, however many requests follow; and the requests go on
/// through it to the rest of the pipeline. Real Kestrel on loopback.
/// </summary>
public sealed class BuiltAtFirstRequestTests
{
    [Fact]
    public async Task Middleware_IsBuiltByTheFirstRequestThatReachesIt_OnceAndPassesRequestsOn()
    {
        var builds = 0;
        var passed = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/branch", StringComparison.Ordinal),
            branch => branch.UseBuiltAtFirstRequest(lazy => lazy.Use(next =>
            {
                Interlocked.Increment(ref builds);
                return context =>
                {
                    Interlocked.Increment(ref passed);
                    return next(context);
                };
            })));
        app.Run(context => context.Response.WriteAsync("end"));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) };

        Assert.Equal(0, Volatile.Read(ref builds));
        Assert.Equal("end", await client.GetStringAsync("/other"));
        Assert.Equal(0, Volatile.Read(ref builds));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/branch")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal("end", await responses[0].Content.ReadAsStringAsync());
        Assert.Equal(1, Volatile.Read(ref builds));
        Assert.Equal(8, Volatile.Read(ref passed));
        await app.StopAsync();
    }
}
