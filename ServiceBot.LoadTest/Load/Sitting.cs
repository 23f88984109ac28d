using ServiceBot.LoadTest.Channel;
using ServiceBot.LoadTest.Entra;

namespace ServiceBot.LoadTest.Load;

/// <summary>
/// What all runs of one benchmark sitting share: the channel and Entra stand-ins, the certificate the bots are told
/// to trust, the token issuer, the HTTP client that plays Teams, and where files go.
/// </summary>
internal sealed class Sitting(
    TeamsChannel channel,
    EntraStandIn entra,
    LoopbackCertificate certificate,
    ChannelTokenIssuer tokens,
    HttpClient botHttp,
    string workFolder,
    string outputFolder,
    string? postgresConnectionString,
    IReadOnlyDictionary<string, string> botEnvironment,
    TimeProvider time)
{
    public TeamsChannel Channel { get; } = channel;

    public EntraStandIn Entra { get; } = entra;

    public LoopbackCertificate Certificate { get; } = certificate;

    public ChannelTokenIssuer Tokens { get; } = tokens;

    public HttpClient BotHttp { get; } = botHttp;

    public string WorkFolder { get; } = workFolder;

    public string OutputFolder { get; } = outputFolder;

    public string? PostgresConnectionString { get; } = postgresConnectionString;

    /// <summary>Extra environment for every bot under test (not the floor), e.g. a GC setting being tried.</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; } = botEnvironment;

    public TimeProvider Time { get; } = time;
}
