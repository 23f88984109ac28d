namespace ServiceBot.Localization;

/// <summary>
/// The interface texts the bot needs before any content is loaded. The content in <c>dialogs/</c> replaces this catalog
/// once it is registered; these stay as the safety net behind it.
/// </summary>
public sealed class BuiltInTextCatalog : ITextCatalog
{
    private static readonly Dictionary<string, (string Es, string En)> Texts = new(StringComparer.Ordinal)
    {
        [TextKeys.WelcomeTitle] = ("¡Hola! Soy ServiceBot", "Hi! I'm ServiceBot"),
        [TextKeys.WelcomeBody] = (
            "Te acompaño mientras atiendes: el protocolo paso a paso, frases de cortesía para cada momento, ayuda con clientes difíciles y revisión de tus respuestas escritas.",
            "I walk with you while you serve customers: the protocol step by step, courtesy phrases for each moment, help with difficult customers and a check of your written replies."),
        [TextKeys.MenuTitle] = ("¿Qué necesitas?", "What do you need?"),
        [TextKeys.MenuNewService] = ("Nueva atención", "New service"),
        [TextKeys.MenuPhrases] = ("Frases", "Phrases"),
        [TextKeys.MenuAnotherCustomer] = ("Llegó otro cliente", "Another customer arrived"),
        [TextKeys.MenuDifficultCustomer] = ("Cliente difícil", "Difficult customer"),
        [TextKeys.MenuReviewDraft] = ("Revisar", "Review"),
        [TextKeys.MenuHelp] = ("Ayuda", "Help"),
        [TextKeys.HelpBody] = (
            "Toca un botón o escribe: «nueva atención», «frases», «llegó otro cliente», «cliente difícil», «revisar: <tu texto>». «menú» vuelve aquí y «cancelar» deja lo que estés haciendo.",
            "Tap a button or type: \"new service\", \"phrases\", \"another customer\", \"difficult customer\", \"review: <your text>\". \"menu\" comes back here and \"cancel\" leaves what you are doing."),
        [TextKeys.ErrorGeneric] = (
            "Perdona, algo falló de mi lado. Ya quedó registrado; inténtalo de nuevo en un momento.",
            "Sorry, something went wrong on my side. It has been logged; please try again in a moment."),
    };

    public string Get(string key, Language language) =>
        Texts.TryGetValue(key, out var text) ? (language == Language.English ? text.En : text.Es) : key;
}
