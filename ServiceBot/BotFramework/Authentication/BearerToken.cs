using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>
/// Reads the Authorization header into a signed JWT (three base64url parts, JSON header and payload, an allowed RSA
/// algorithm, a key id) without trusting anything in it yet. Anything else is named as a missing or malformed token,
/// never thrown.
/// </summary>
public static class BearerToken
{
    public static bool TryRead(string? authorizationHeader, out JsonWebToken token, out AuthenticationResult failure)
    {
        token = null!;
        failure = null!;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            failure = AuthenticationResult.Fail("No Authorization header.");
            return false;
        }

        // The scheme and the token, separated by spaces: read in place, so a request copies its token once, not in parts.
        var header = authorizationHeader.AsSpan().Trim(' ');
        var space = header.IndexOf(' ');
        var rest = space < 0 ? default : header[(space + 1)..].TrimStart(' ');
        if (space < 0 || rest.Contains(' ') || !header[..space].SequenceEqual(AuthenticationConstants.BearerScheme))
        {
            failure = AuthenticationResult.Fail("Authorization header is not a Bearer token.");
            return false;
        }

        var malformation = Malformation(rest.ToString(), out token);
        if (malformation is not null)
        {
            failure = AuthenticationResult.Malformed(malformation);
            return false;
        }

        return true;
    }

    private static string? Malformation(string text, out JsonWebToken token)
    {
        token = null!;
        var parts = text.AsSpan().Count('.') + 1;
        if (parts != 3 || text.StartsWith('.') || text.EndsWith('.') || text.Contains("..", StringComparison.Ordinal))
        {
            return $"the token has {parts} part(s), not the three non-empty parts of a signed JWT";
        }

        try
        {
            token = new JsonWebToken(text);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or JsonException or FormatException)
        {
            return "the token's header or payload is not base64url-encoded JSON";
        }

        if (!AuthenticationConstants.AllowedSigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return $"the token is signed with '{Truncate(token.Alg)}', not RS256, RS384 or RS512";
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return "the token names no signing key (kid)";
        }

        return null;
    }

    private static string Truncate(string? value) => value is null ? string.Empty : value.Length <= 16 ? value : value[..16] + "…";
}
