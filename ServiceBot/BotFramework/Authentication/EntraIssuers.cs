using System.Diagnostics.CodeAnalysis;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Entra ID issuer names, v1 (<c>https://sts.windows.net/{tid}/</c>) and v2
/// (<c>https://login.microsoftonline.com/{tid}/v2.0</c>), and the tenant each names.
/// </summary>
public static class EntraIssuers
{
    private const string V1Prefix = "https://sts.windows.net/";
    private const string V2Prefix = "https://login.microsoftonline.com/";
    private const string V2Suffix = "/v2.0";

    public static string V1(string tenantId) => $"{V1Prefix}{tenantId}/";

    public static string V2(string tenantId) => $"{V2Prefix}{tenantId}{V2Suffix}";

    /// <summary>The tenant of an exact v1 or v2 issuer name, in canonical GUID form; false for anything else.</summary>
    public static bool TryGetTenant(string? issuer, [NotNullWhen(true)] out string? tenantId)
    {
        tenantId = null;
        if (issuer is null)
        {
            return false;
        }

        string? candidate = null;
        if (issuer.StartsWith(V1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            candidate = issuer[V1Prefix.Length..^1];
        }
        else if (issuer.StartsWith(V2Prefix, StringComparison.Ordinal) && issuer.EndsWith(V2Suffix, StringComparison.Ordinal))
        {
            candidate = issuer[V2Prefix.Length..^V2Suffix.Length];
        }

        // Exact forms only: the issuer must be what V1/V2 would write for this tenant.
        if (candidate is null || !Guid.TryParseExact(candidate, "D", out var guid) ||
            (issuer != V1(guid.ToString("D")) && issuer != V2(guid.ToString("D"))))
        {
            return false;
        }

        tenantId = guid.ToString("D");
        return true;
    }
}
