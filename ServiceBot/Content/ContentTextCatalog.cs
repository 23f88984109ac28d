using ServiceBot.Localization;

namespace ServiceBot.Content;

/// <summary>The bot's interface texts from the live content (dialogs/texts), so an edit shows on the next reply.</summary>
public sealed class ContentTextCatalog(ContentStore store) : ITextCatalog
{
    public string Get(string key, Language language) => store.Current.Ui.Get(key, language);
}
