using System.Net;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.BotFramework.DirectLine;

/// <summary>
/// Decides whether the local chat (the Direct Line subset and its page) exists for a request: only in local mode —
/// no app id, the Development environment — and only for a request that came from and to a loopback address.
/// The Host header must name this computer too (localhost or a loopback address), so a web page cannot reach the
/// chat through a DNS name rebound to 127.0.0.1. Anything else is answered 404, as if nothing were there.
/// </summary>
public sealed class LocalOnly(IOptions<BotCredentialsOptions> credentials, IHostEnvironment environment)
{
    /// <summary>True when the bot runs in local mode (no credentials, Development), whatever the request.</summary>
    public bool IsLocalMode => credentials.Value.IsAuthenticationDisabled && environment.IsDevelopment();

    public bool Allows(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return IsLocalMode &&
            IsLoopbackOrInProcess(http.Connection.RemoteIpAddress) &&
            IsLoopbackOrInProcess(http.Connection.LocalIpAddress) &&
            NamesThisComputer(http.Request.Host);
    }

    private static bool NamesThisComputer(HostString host) =>
        host.HasValue &&
        (string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase) ||
         (IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));

    // The in-process test host has no socket, hence no addresses; Kestrel always fills them in.
    private static bool IsLoopbackOrInProcess(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
