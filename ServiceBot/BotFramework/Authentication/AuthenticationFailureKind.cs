namespace ServiceBot.BotFramework.Authentication;

/// <summary>Why a request was not authenticated, which decides its answer and how loudly it is logged.</summary>
public enum AuthenticationFailureKind
{
    None,

    /// <summary>A well-formed request whose token is missing or does not verify: 401, logged as a warning.</summary>
    Rejected,

    /// <summary>The bearer token is not a signed JWT we could even read: 401, logged once at Debug and counted.</summary>
    MalformedToken,

    /// <summary>No signing keys were ever obtained to check the token with: 503 with Retry-After.</summary>
    KeysUnavailable,
}
