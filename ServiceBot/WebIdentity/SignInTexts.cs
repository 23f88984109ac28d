using ServiceBot.Localization;

namespace ServiceBot.WebIdentity;

/// <summary>What the sign-in pages say, in Spanish (usted) and English.</summary>
internal static class SignInTexts
{
    public const string SignInTitle = "signIn.title";
    public const string FailedTitle = "signIn.failed.title";
    public const string FailedMessage = "signIn.failed.message";
    public const string TryAgain = "signIn.tryAgain";
    public const string ForbiddenTitle = "signIn.forbidden.title";
    public const string ForbiddenMessage = "signIn.forbidden.message";
    public const string UnavailableTitle = "signIn.unavailable.title";
    public const string UnavailableMessage = "signIn.unavailable.message";
    public const string SignedOutTitle = "signIn.signedOut.title";
    public const string SignedOutMessage = "signIn.signedOut.message";
    public const string SignInAgain = "signIn.again";
    public const string TeamsSigningIn = "signIn.teams.signingIn";
    public const string TeamsNotInTeams = "signIn.teams.notInTeams";
    public const string TeamsTokenFailed = "signIn.teams.tokenFailed";
    public const string TeamsRefused = "signIn.teams.refused";
    public const string TeamsCookiesBlocked = "signIn.teams.cookiesBlocked";
    public const string OpenInBrowser = "signIn.teams.openInBrowser";

    private static readonly Dictionary<string, (string Spanish, string English)> Texts = new(StringComparer.Ordinal)
    {
        [SignInTitle] = ("Iniciar sesión", "Sign in"),
        [FailedTitle] = ("No se pudo iniciar sesión", "Sign-in did not complete"),
        [FailedMessage] = ("Microsoft no confirmó su inicio de sesión, o la respuesta llegó tarde o incompleta. Inténtelo de nuevo; si se repite, compruebe que su navegador acepta cookies de este sitio.",
            "Microsoft did not confirm your sign-in, or the answer came late or incomplete. Please try again; if it happens again, check that your browser accepts cookies from this site."),
        [TryAgain] = ("Intentar de nuevo", "Try again"),
        [ForbiddenTitle] = ("No tiene acceso a esta página", "You do not have access to this page"),
        [ForbiddenMessage] = ("Su cuenta no tiene el rol que esta página pide. Si debería tenerlo, pida a un administrador de ServiceBot que lo agregue al equipo o le asigne el rol.",
            "Your account does not hold the role this page needs. If it should, ask a ServiceBot admin to add you to the roster or assign you the role."),
        [UnavailableTitle] = ("El inicio de sesión no está disponible", "Sign-in is not available"),
        [UnavailableMessage] = ("Este servidor aún no está configurado para que las personas inicien sesión. Avise a quien lo administra.",
            "This server is not yet set up for people to sign in. Please tell whoever runs it."),
        [SignedOutTitle] = ("Sesión cerrada", "Signed out"),
        [SignedOutMessage] = ("Cerró su sesión de ServiceBot en este navegador.", "You signed out of ServiceBot in this browser."),
        [SignInAgain] = ("Iniciar sesión de nuevo", "Sign in again"),
        [TeamsSigningIn] = ("Iniciando sesión con su cuenta de Teams…", "Signing you in with your Teams account…"),
        [TeamsNotInTeams] = ("Esta página no se abrió dentro de Teams, o Teams no respondió a tiempo.", "This page was not opened inside Teams, or Teams did not answer in time."),
        [TeamsTokenFailed] = ("Teams no entregó su identidad", "Teams did not provide your identity"),
        [TeamsRefused] = ("ServiceBot no aceptó la identidad de Teams", "ServiceBot did not accept the Teams identity"),
        [TeamsCookiesBlocked] = ("Su navegador no guardó la sesión dentro de Teams (cookies bloqueadas). Ábrala en el navegador.",
            "Your browser did not keep the session inside Teams (cookies blocked). Open it in the browser."),
        [OpenInBrowser] = ("Abrir en el navegador", "Open in the browser"),
    };

    public static string Get(string key, Language language) =>
        Texts.TryGetValue(key, out var text) ? (language == Language.English ? text.English : text.Spanish) : key;
}
