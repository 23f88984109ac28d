using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

/// <summary>A web app with only <see cref="StorageHostingExtensions.AddStorage"/>, on an in-memory server.</summary>
internal static class StorageTestHost
{
    public static WebApplication Create(string contentRoot, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? moreServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        moreServices?.Invoke(builder.Services);
        return builder.Build();
    }
}
