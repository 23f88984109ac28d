using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.Tests.Fixtures;

/// <summary>A real RSA signing key with a key id and the channels it is endorsed for, as the Bot Connector publishes them.</summary>
public sealed class TestKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = kid };
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public object ToJwk()
    {
        var p = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = Kid,
            n = Base64UrlEncoder.Encode(p.Modulus),
            e = Base64UrlEncoder.Encode(p.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
