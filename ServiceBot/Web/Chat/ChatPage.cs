using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ServiceBot.BotFramework.DirectLine;
using ServiceBot.Localization;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Chat;

/// <summary>
/// The local chat page at <c>/</c>: the local-mode banner, a bar choosing who you are, the language and the time zone
/// (each change reloads the page with the choice in its address), links to the results and the studio, and Microsoft's
/// Web Chat over the local Direct Line — or, for a customer, the survey link. The script is the bundle built from web/.
/// </summary>
public static class ChatPage
{
    public const string Path = "/";

    // Web Chat styles itself with <style> elements it writes, hence 'unsafe-inline' for styles only; scripts come from the app alone.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' data: blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var choices = ChatPageChoices.From(http.Request.Query);
        var texts = ChatPageTexts.For(choices.Language);
        var language = choices.Language == Language.English ? "en" : "es";
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(texts.Title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/chat/chat.css\"></head><body>")
            .Append(LocalModeBanner.Html(http, choices.Language))
            .Append("<header class=\"bar\">")
            .Append(Choices(choices, texts))
            .Append("<nav class=\"links\">")
            .Append("<a href=\"/results\" target=\"_blank\" rel=\"noopener\">").Append(Encode(texts.Results)).Append("</a>")
            .Append("<a href=\"/admin\" target=\"_blank\" rel=\"noopener\">").Append(Encode(texts.Studio)).Append("</a>")
            .Append("</nav></header><main>")
            .Append("<p class=\"hint\">").Append(Encode(texts.Hints[choices.Persona])).Append("</p>")
            .Append(choices.Persona == DirectLinePersona.Customer ? Survey(texts) : Chat(choices, texts))
            .Append("</main><script src=\"/assets/webchat.js\"></script></body></html>");

        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Choices(ChatPageChoices choices, ChatPageTexts texts)
    {
        var form = new StringBuilder("<form class=\"choices\" method=\"get\" action=\"/\" data-servicebot-choices>");
        form.Append(Select("as", texts.Who, Enum.GetValues<DirectLinePersona>().Select(p => (p.ToString().ToLowerInvariant(), texts.Personas[p])), choices.Persona.ToString().ToLowerInvariant()));
        form.Append(Select("lang", texts.Language, [("es", "Español"), ("en", "English")], choices.Language == Language.English ? "en" : "es"));
        form.Append(Select("tz", texts.TimeZone, ChatPageChoices.TimeZones.Select(z => (z, z.Replace('_', ' '))), choices.TimeZone));
        form.Append("<button type=\"submit\" class=\"apply\">").Append(Encode(texts.Apply)).Append("</button></form>");
        return form.ToString();
    }

    private static string Select(string name, string label, IEnumerable<(string Value, string Text)> options, string selected)
    {
        var html = new StringBuilder("<label>").Append(Encode(label)).Append(" <select name=\"").Append(name).Append("\">");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(Encode(value)).Append('"')
                .Append(value == selected ? " selected" : string.Empty)
                .Append('>').Append(Encode(text)).Append("</option>");
        }

        return html.Append("</select></label>").ToString();
    }

    private static string Chat(ChatPageChoices choices, ChatPageTexts texts)
    {
        var pageTexts = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["connecting"] = texts.Connecting,
            ["connectFailed"] = texts.ConnectFailed,
            ["conversationGone"] = texts.ConversationGone,
        });
        return new StringBuilder("<div class=\"chat-tools\"><p class=\"notice\" role=\"status\" data-servicebot-chat-notice hidden></p>")
            .Append("<button type=\"button\" data-servicebot-new-conversation>")
            .Append(Encode(texts.NewConversation)).Append("</button></div>")
            .Append("<section class=\"chat\" role=\"region\" aria-label=\"").Append(Encode(texts.ChatLabel)).Append('"')
            .Append(" data-servicebot-local-chat")
            .Append(" data-directline-domain=\"").Append(DirectLineEndpoints.BasePath).Append('"')
            .Append(" data-persona=\"").Append(choices.Persona.ToString().ToLowerInvariant()).Append('"')
            .Append(" data-locale=\"").Append(choices.Locale).Append('"')
            .Append(" data-timezone=\"").Append(Encode(choices.TimeZone)).Append('"')
            .Append(" data-texts=\"").Append(Encode(pageTexts)).Append("\">")
            .Append("<p class=\"status\" role=\"status\">").Append(Encode(texts.Connecting)).Append("</p></section>")
            .ToString();
    }

    private static string Survey(ChatPageTexts texts) =>
        new StringBuilder("<section class=\"survey\" data-servicebot-survey-link>")
            .Append("<h1>").Append(Encode(texts.SurveyHeading)).Append("</h1>")
            .Append("<p>").Append(Encode(texts.SurveyExplain)).Append("</p>")
            .Append("<form data-servicebot-survey-form>")
            .Append("<label for=\"survey-link\">").Append(Encode(texts.SurveyLinkLabel)).Append("</label>")
            .Append("<input id=\"survey-link\" name=\"link\" type=\"url\" inputmode=\"url\" autocomplete=\"off\">")
            .Append("<button type=\"submit\">").Append(Encode(texts.SurveyOpen)).Append("</button></form>")
            .Append("<p class=\"none\" data-servicebot-survey-none>").Append(Encode(texts.SurveyNone)).Append("</p></section>")
            .ToString();

    private static string Encode(string text) => Encoder.Encode(text);
}
