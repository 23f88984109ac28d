using Microsoft.Identity.Client;

namespace ServiceBot.BotFramework.Authentication;

/// <summary>Gives MSAL its HTTP client from the host's <see cref="IHttpClientFactory"/>, so handler lifetime and proxies are managed in one place.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "ServiceBot.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
