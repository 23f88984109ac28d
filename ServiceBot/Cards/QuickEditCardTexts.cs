using ServiceBot.Localization;

namespace ServiceBot.Cards;

/// <summary>
/// The quick-edit card's own words, in Spanish and English. They are kept in code, not in the content: the tool that
/// edits the content must keep working whatever a draft does to the content's texts.
/// </summary>
public static class QuickEditCardTexts
{
    private static readonly Dictionary<string, (string Es, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["notAdmin"] = ("Solo los administradores pueden editar frases desde el chat. Si algo debe cambiar, pídaselo a un administrador.",
            "Only admins can edit phrases from the chat. If something should change, ask an admin."),
        ["title"] = ("Editar una frase o un paso", "Edit a phrase or a step"),
        ["pickGroup"] = ("¿Qué quiere editar? Elija el momento o la guía.", "What do you want to edit? Pick the moment or the guide."),
        ["group.moment"] = ("Frases: {0}", "Phrases: {0}"),
        ["group.playbook"] = ("Guía: {0}", "Guide: {0}"),
        ["next"] = ("Siguiente", "Next"),
        ["pickPhrase"] = ("Elija la frase.", "Pick the phrase."),
        ["pickStep"] = ("Elija el paso.", "Pick the step."),
        ["edit"] = ("Editar", "Edit"),
        ["editPhrase"] = ("Editar frase", "Edit phrase"),
        ["editStep"] = ("Editar paso: {0}", "Edit step: {0}"),
        ["editHint"] = ("Se publica como una revisión nueva, con las mismas revisiones que el estudio.", "It is published as a new revision, with the same checks as the studio."),
        ["spanish"] = ("Español", "Spanish"),
        ["english"] = ("Inglés", "English"),
        ["preview"] = ("Vista previa", "Preview"),
        ["publish"] = ("Publicar", "Publish"),
        ["cancel"] = ("Cancelar", "Cancel"),
        ["previewTitle"] = ("Así lo verá el agente:", "This is what an agent will see:"),
        ["otherLanguage"] = ("En inglés: {0}", "In Spanish: {0}"),
        ["valid"] = ("Sin errores: listo para publicar.", "No errors: ready to publish."),
        ["invalid"] = ("No se puede publicar: el contenido tendría errores.", "It cannot be published: the content would have errors."),
        ["moreErrors"] = ("…y {0} más.", "…and {0} more."),
        ["empty"] = ("El texto en español y en inglés no puede quedar vacío.", "The Spanish and English texts cannot be empty."),
        ["tooLong"] = ("El texto es demasiado largo (máximo {0} caracteres).", "The text is too long (at most {0} characters)."),
        ["unchanged"] = ("No cambió nada: el texto es igual al publicado.", "Nothing changed: the text is the same as the published one."),
        ["published"] = ("Publicado como revisión {0}. Los agentes lo verán en unos segundos.", "Published as revision {0}. Agents will see it within seconds."),
        ["conflict"] = ("No se publicó: alguien más publicó contenido mientras usted editaba (ahora está en vivo la revisión {0}). Vuelva a editar sobre la versión nueva.",
            "Not published: someone else published content while you were editing (revision {0} is live now). Edit again on the new version."),
        ["editAgain"] = ("Editar de nuevo", "Edit again"),
        ["editAnother"] = ("Editar otra", "Edit another"),
        ["cancelled"] = ("Listo, no cambié nada.", "Done, nothing changed."),
        ["gone"] = ("Esa frase o ese paso ya no está en el contenido publicado.", "That phrase or step is no longer in the published content."),
        ["noContent"] = ("Todavía no hay contenido publicado.", "No content is published yet."),
    };

    public static string Get(Language language, string key) =>
        Texts.TryGetValue(key, out var text) ? (language == Language.English ? text.En : text.Es) : throw new KeyNotFoundException($"No quick-edit text '{key}'.");

    public static string Fill(Language language, string key, object value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(language, key), value);

    /// <summary>Every key, for the tests.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;
}
