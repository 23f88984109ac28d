using Microsoft.Extensions.Options;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>Says loudly at start that the bot accepts unauthenticated requests (no app id configured).</summary>
public sealed class LocalModeNotice(IOptions<BotCredentialsOptions> credentials, ILogger<LocalModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (credentials.Value.IsAuthenticationDisabled)
        {
            BotFrameworkLog.AuthenticationDisabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
