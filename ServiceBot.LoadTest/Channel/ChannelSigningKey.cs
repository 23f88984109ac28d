using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ServiceBot.LoadTest.Channel;

/// <summary>An RSA-2048 key that signs channel tokens, published as a JWK endorsed for the channels it may speak for.</summary>
internal sealed class ChannelSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public ChannelSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public object ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
