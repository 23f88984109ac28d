using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ServiceBot.LoadTest.Entra;

/// <summary>
/// A throwaway self-signed TLS certificate for 127.0.0.1 (MSAL talks to its authority only over HTTPS), and the
/// folder a child process is told to trust through <c>SSL_CERT_DIR</c>: .NET on Linux reads its root certificates
/// from the directories that variable lists (OpenSSL's convention), so the bot trusts this certificate without any
/// change to its code and nothing else on the machine does.
/// </summary>
internal sealed class LoopbackCertificate : IDisposable
{
    public const string TrustVariable = "SSL_CERT_DIR";

    private LoopbackCertificate(X509Certificate2 certificate, string trustFolder)
    {
        Certificate = certificate;
        TrustFolder = trustFolder;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>A folder holding only this certificate, as PEM.</summary>
    public string TrustFolder { get; }

    public static LoopbackCertificate Create(string workFolder, TimeProvider time)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ServiceBot load bench Entra stand-in", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);

        var trustFolder = Path.Combine(workFolder, "trusted-certificates");
        Directory.CreateDirectory(trustFolder);
        File.WriteAllText(Path.Combine(trustFolder, "loadbench-entra.pem"), certificate.ExportCertificatePem());
        return new LoopbackCertificate(certificate, trustFolder);
    }

    /// <summary>
    /// The <c>SSL_CERT_DIR</c> value for a child process: this folder first, then whatever the parent trusted by the
    /// same variable (the system bundle file, <c>SSL_CERT_FILE</c> or its default, is read either way).
    /// </summary>
    public string TrustDirectoryValue(string? inherited) =>
        string.IsNullOrEmpty(inherited) ? TrustFolder : $"{TrustFolder}:{inherited}";

    public void Dispose() => Certificate.Dispose();
}
