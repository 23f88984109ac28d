using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceBot.BotFramework;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;

namespace ServiceBot.WebIdentity;

/// <summary>Registers people's sign-in for ServiceBot's pages and the policies that protect them.</summary>
public static class WebIdentityHostingExtensions
{
    /// <summary>
    /// Adds the session cookie, Entra ID browser sign-in (when configured), the Teams tab token, local mode, role
    /// resolution from app roles and the roster, the <see cref="ServiceBotPolicies"/>, and Data Protection keys kept in
    /// the database. Needs AddStorage, AddBotFramework and AddPeople.
    /// </summary>
    public static WebApplicationBuilder AddWebIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebSignInOptions>().BindConfiguration(WebSignInOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebSignInOptions>, WebSignInOptionsValidator>();

        // Which schemes exist depends on the configuration, so it is read here (the options above check its values at start).
        var settings = WebSignInSettings.Resolve(builder.Configuration);
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddHttpClient(TeamsSsoTokenValidator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<TeamsSsoTokenValidator>();
        services.AddHostedService<WebSignInNotice>();

        services.AddDataProtection().SetApplicationName("ServiceBot");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
            options.XmlRepository = new SqlDataProtectionKeyRepository(provider.GetRequiredService<StorageDatabase>(), provider.GetRequiredService<TimeProvider>()));

        services.ConfigureOptions<SessionCookieSetup>();
        services.ConfigureOptions<EntraSignInSetup>();
        var authentication = services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = WebIdentitySchemes.Web;
                options.DefaultSignInScheme = WebIdentitySchemes.Session;
                options.DefaultSignOutScheme = WebIdentitySchemes.Session;
            })
            .AddPolicyScheme(WebIdentitySchemes.Web, null, options => options.ForwardDefaultSelector = SelectScheme)
            .AddCookie(WebIdentitySchemes.Session)
            .AddScheme<AuthenticationSchemeOptions, TeamsSsoBearerHandler>(WebIdentitySchemes.TeamsSso, null)
            .AddScheme<AuthenticationSchemeOptions, LocalPersonHandler>(WebIdentitySchemes.Local, null);
        if (settings.CanSignIn)
        {
            authentication.AddOpenIdConnect(WebIdentitySchemes.Entra, null, _ => { });
        }

        services.Replace(ServiceDescriptor.Scoped<IClaimsTransformation, RosterClaimsTransformation>());
        services.AddAuthorization(ServiceBotPolicies.Add);
        return builder;
    }

    /// <summary>The framework's hosted service whose start loads the key ring (and creates the first key in a new database).</summary>
    internal const string KeyRingAtStartService = "DataProtectionHostedService";

    /// <summary>
    /// Nothing needs the Data Protection keys until a person's cookie is written or read, so the key ring is read (and
    /// in a new database its first key created) then, by the framework itself, rather than by its hosted service
    /// before the port opens (about 120 ms of a first start). /healthz and the bot's endpoint never need them.
    /// Call after everything that adds Data Protection (authentication, antiforgery): each adds the hosted service anew.
    /// </summary>
    public static void LoadKeyRingAtFirstUse(this IServiceCollection services)
    {
        foreach (var atStart in services.Where(IsKeyRingLoadAtStart).ToList())
        {
            services.Remove(atStart);
        }
    }

    internal static bool IsKeyRingLoadAtStart(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && service.ImplementationType?.Name == KeyRingAtStartService;

    /// <summary>
    /// Serves the sign-in pages' static files and resolves who a request is from, before any endpoint runs.
    /// Call before the endpoints are mapped.
    /// </summary>
    public static WebApplication UseWebIdentity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        if (app.Services.GetRequiredService<WebSignInSettings>().IsLocal)
        {
            app.Use((context, next) =>
            {
                context.Response.Headers[LocalModeBanner.HeaderName] = "true";
                return next(context);
            });
        }

        // The bot's endpoint checks the channel's token itself and serves no person: it skips people's sign-in.
        // Built at the first request that needs it: authorization's constructor builds every endpoint, which the port
        // need not wait for (the warm-up builds them once it is open).
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(MessagesEndpoint.Path, StringComparison.OrdinalIgnoreCase),
            people => people.UseBuiltAtFirstRequest(signIn =>
            {
                signIn.UseAuthentication();
                signIn.UseAuthorization();
            }));

        // WebApplication puts its own authentication and authorization in front of the whole pipeline (so also in front
        // of /api/messages, where the cookie handler ran on every activity) unless the app itself called them; the calls
        // above are on a branch, whose properties do not reach the app, so the app is told here that they are in place.
        IApplicationBuilder pipeline = app;
        pipeline.Properties[AuthenticationMiddlewareSetKey] = true;
        pipeline.Properties[AuthorizationMiddlewareSetKey] = true;
        return app;
    }

    // The keys UseAuthentication and UseAuthorization set, which WebApplication reads (ASP.NET Core's own names).
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    /// <summary>Maps <c>/signin</c>, <c>/signin/teams</c>, <c>/signout</c>, <c>/me</c>, <c>/me/teams</c> and <c>/people/*</c>.</summary>
    public static IEndpointRouteBuilder MapWebIdentity(this IEndpointRouteBuilder endpoints) => endpoints.MapSignIn();

    /// <summary>
    /// Local mode → the local person; a Bearer token on an endpoint that needs authorization → the Teams token; else
    /// the session cookie. (The bot's own /api/messages carries a Bearer token too, checked by the Bot Framework code:
    /// it needs no authorization here, so its token is never read as a person's.)
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<WebSignInSettings>().IsLocal)
        {
            return WebIdentitySchemes.Local;
        }

        var endpoint = context.GetEndpoint();
        var needsAuthorization = endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null ||
            endpoint?.Metadata.GetMetadata<AuthorizationPolicy>() is not null;
        return needsAuthorization && BearerToken.From(context.Request) is not null ? WebIdentitySchemes.TeamsSso : WebIdentitySchemes.Session;
    }
}
