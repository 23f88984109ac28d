namespace ServiceBot.BotFramework.Authentication;

/// <summary>Recognises Emulator tokens by issuer, including the single-tenant forms built from the token's own tenant.</summary>
public static class EmulatorIssuers
{
    public static bool IsEmulatorIssuer(string? issuer, string? tenantId)
    {
        if (issuer is null)
        {
            return false;
        }

        if (AuthenticationConstants.EmulatorIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            return true;
        }

        return !string.IsNullOrEmpty(tenantId) &&
            (issuer == $"https://sts.windows.net/{tenantId}/" || issuer == $"https://login.microsoftonline.com/{tenantId}/v2.0");
    }
}
