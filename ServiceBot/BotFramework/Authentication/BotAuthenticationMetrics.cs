using System.Diagnostics.Metrics;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Counters of the inbound authentication (meter <c>ServiceBot.Authentication</c>): requests refused, by reason, and
/// signing-key reads, by outcome. A flood of forged or malformed tokens shows here rather than in the log.
/// </summary>
public sealed class BotAuthenticationMetrics
{
    public const string MeterName = "ServiceBot.Authentication";
    public const string RejectedRequestsName = "servicebot.auth.rejected_requests";
    public const string KeyFetchesName = "servicebot.auth.signing_key_fetches";

    private readonly Counter<long> _rejected;
    private readonly Counter<long> _keyFetches;

    public BotAuthenticationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _rejected = meter.CreateCounter<long>(RejectedRequestsName, unit: "{request}", description: "Requests to /api/messages refused by authentication, by reason.");
        _keyFetches = meter.CreateCounter<long>(KeyFetchesName, unit: "{fetch}", description: "Reads of OpenID metadata and signing keys, by outcome.");
    }

    public void Rejected(AuthenticationFailureKind kind) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", kind switch
        {
            AuthenticationFailureKind.MalformedToken => "malformed_token",
            AuthenticationFailureKind.KeysUnavailable => "keys_unavailable",
            _ => "invalid_token",
        }));

    public void KeyFetch(string outcome) => _keyFetches.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
