using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceBot.BotFramework;
using ServiceBot.BotFramework.Authentication;
using ServiceBot.BotFramework.Schema;

namespace ServiceBot.Benchmarks.Authentication;

/// <summary>
/// What authentication adds to every request once the signing keys are held: a Bot Connector token and an Entra ID
/// channel token the bot has seen before (a channel reuses its token, see <see cref="ValidatedTokens"/>), a Bot
/// Connector token seen for the first time (the full check), a malformed token refused before any key is looked at,
/// and the invisible-character sanitizer on a typical message. The keys are served once, at setup, from memory.
/// </summary>
[Config(typeof(Config))]
public class InboundAuthenticationBenchmarks
{
    private const string AppId = "6f1e2c3b-8a4d-4e5f-9a0b-1c2d3e4f5a6b";
    private const string TenantId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string CleanText = "Buenas tardes, señora Pérez. Gracias por esperar; enseguida reviso su pedido y le confirmo la fecha de entrega. ¿Me permite su número de folio, por favor?";

    private readonly string _cleanText = CleanText;
    private readonly string _dirtyText = CleanText.Replace("señora", "se\u202Eñora\u200B", StringComparison.Ordinal);
    private readonly Activity _activity = new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };
    private RSA? _rsa;
    private ServiceProvider? _services;
    private SigningKeyCaches? _caches;
    private BotTokenAuthenticator? _authenticator;
    private IOptions<BotCredentialsOptions>? _credentials;
    private string _channelToken = string.Empty;
    private string _entraToken = string.Empty;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(_rsa) { KeyId = "bench-key" };
        var parameters = _rsa.ExportParameters(false);
        var jwks = $$"""{"keys":[{"kty":"RSA","use":"sig","kid":"bench-key","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}","endorsements":["msteams"]}]}""";
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var options = Options.Create(new BotFrameworkOptions
        {
            ChannelOpenIdMetadataUrl = "https://keys.test/channel",
            EntraOpenIdMetadataUrl = "https://keys.test/entra/{tenantId}",
        });
        var credentials = Options.Create(new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppTenantId = TenantId });
        _caches = new SigningKeyCaches(
            options,
            credentials,
            new OpenIdMetadataRetriever(new InMemoryKeys(jwks), TimeProvider.System),
            TimeProvider.System,
            NullLoggerFactory.Instance,
            new BotAuthenticationMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        _credentials = credentials;
        _authenticator = new BotTokenAuthenticator(credentials, _caches, new ValidatedTokens(), TimeProvider.System);
        _channelToken = Token(key, "https://api.botframework.com", new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });
        _entraToken = Token(key, $"https://login.microsoftonline.com/{TenantId}/v2.0", new Dictionary<string, object>
        {
            ["serviceurl"] = ServiceUrl, ["ver"] = "2.0", ["tid"] = TenantId, ["azp"] = "0a7d0cfa-7c1b-4c39-bf6e-3e1d0f6b5a11",
        });

        // Warm both caches, and check that the benchmarks measure successes.
        foreach (var token in new[] { _channelToken, _entraToken })
        {
            var result = await _authenticator.AuthenticateAsync($"Bearer {token}", _activity, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Setup token rejected: {result.FailureReason}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _caches?.Dispose();
        _services?.Dispose();
        _rsa?.Dispose();
    }

    [Benchmark]
    public Task<AuthenticationResult> BotConnectorToken() => _authenticator!.AuthenticateAsync($"Bearer {_channelToken}", _activity, CancellationToken.None);

    [Benchmark]
    public Task<AuthenticationResult> BotConnectorTokenFirstSeen() =>
        new BotTokenAuthenticator(_credentials!, _caches!, new ValidatedTokens(), TimeProvider.System).AuthenticateAsync($"Bearer {_channelToken}", _activity, CancellationToken.None);

    [Benchmark]
    public Task<AuthenticationResult> EntraChannelToken() => _authenticator!.AuthenticateAsync($"Bearer {_entraToken}", _activity, CancellationToken.None);

    [Benchmark]
    public Task<AuthenticationResult> MalformedToken() => _authenticator!.AuthenticateAsync("Bearer aaaa.bbbb.cccc", _activity, CancellationToken.None);

    [Benchmark]
    public string? SanitizeCleanText() => TextSanitizer.Clean(_cleanText);

    [Benchmark]
    public string? SanitizeTextWithInvisibleCharacters() => TextSanitizer.Clean(_dirtyText);

    private static string Token(SecurityKey key, string issuer, Dictionary<string, object> claims)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(12),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Serves every metadata document and key set from memory.</summary>
    private sealed class InMemoryKeys(string jwks) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Handler(jwks));

        private sealed class Handler(string jwks) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal)
                    ? jwks
                    : $$"""{"jwks_uri":"{{request.RequestUri.GetLeftPart(UriPartial.Path).TrimEnd('/')}}/keys"}""";
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
            }
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
