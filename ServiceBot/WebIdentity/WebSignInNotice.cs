namespace ServiceBot.WebIdentity;

/// <summary>Says at start how people's pages are protected when that is not the normal sign-in (local mode, or not configured).</summary>
internal sealed class WebSignInNotice(WebSignInSettings settings, ILogger<WebSignInNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.IsLocal)
        {
            WebIdentityLog.LocalMode(logger);
        }
        else if (!settings.CanSignIn)
        {
            WebIdentityLog.SignInUnavailable(logger, settings.UnavailableReason!);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
