using System.Text;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework.Authentication;

namespace ServiceBot.Tests.BotFramework.Authentication;

/// <summary>
/// The Authorization header read in place: the scheme and one token separated by spaces, the token's three non-empty
/// parts; the same answers the earlier reading by splitting gave.
/// </summary>
public sealed class BearerTokenTests
{
    private static readonly string Token =
        $"{Part("""{"alg":"RS256","kid":"k1","typ":"JWT"}""")}.{Part("""{"iss":"https://api.botframework.com"}""")}.c2ln";

    [Theory]
    [InlineData("Bearer {0}")]
    [InlineData("Bearer   {0}")]
    [InlineData("  Bearer {0}  ")]
    public void TryRead_TakesTheTokenAfterTheScheme(string header)
    {
        Assert.True(BearerToken.TryRead(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Token), out var token, out _));
        Assert.Equal(Token, token.EncodedToken);
        Assert.Equal("k1", token.Kid);
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    public void TryRead_RefusesAnotherShape(string header)
    {
        Assert.False(BearerToken.TryRead(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Token), out _, out var failure));
        Assert.Equal("Authorization header is not a Bearer token.", failure.FailureReason);
    }

    [Theory]
    [InlineData("a.b", 2)]
    [InlineData("a.b.c.d", 4)]
    [InlineData(".b.c", 3)]
    [InlineData("a..c", 3)]
    [InlineData("a.b.", 3)]
    public void TryRead_NamesTheParts(string token, int parts)
    {
        Assert.False(BearerToken.TryRead("Bearer " + token, out _, out var failure));
        Assert.Contains($"the token has {parts} part(s)", failure.FailureReason, StringComparison.Ordinal);
    }

    private static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
