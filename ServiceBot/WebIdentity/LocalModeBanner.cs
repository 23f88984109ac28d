using System.Text.Encodings.Web;
using System.Text.Unicode;
using ServiceBot.Localization;

namespace ServiceBot.WebIdentity;

/// <summary>
/// Local mode must be visible on every page: each page puts <see cref="Html"/> at the top of its body (empty outside
/// local mode), and every response in local mode carries the <see cref="HeaderName"/> header.
/// </summary>
public static class LocalModeBanner
{
    public const string HeaderName = "ServiceBot-Local-Mode";

    /// <summary>A banner saying that no one signed in and every role is open, in the page's language; empty outside local mode.</summary>
    public static string Html(HttpContext context, Language language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.RequestServices.GetRequiredService<WebSignInSettings>();
        if (!settings.IsLocal)
        {
            return string.Empty;
        }

        var text = language == Language.English
            ? "Local mode: no sign-in, every role is open (admin, supervisor, agent). Only on this computer."
            : "Modo local: sin inicio de sesión, todas las funciones abiertas (administrador, supervisor, agente). Solo en este equipo.";
        return $"<div class=\"servicebot-local-mode\" role=\"note\" data-local-mode=\"true\">{HtmlEncoder.Create(UnicodeRanges.All).Encode(text)}</div>";
    }
}
