namespace ServiceBot.Localization;

/// <summary>
/// The one place the bot's own texts (welcome, menu, help, errors) come from.
/// Keys are listed in <see cref="TextKeys"/>; an unknown key returns the key itself so a gap is visible, never a crash.
/// </summary>
public interface ITextCatalog
{
    string Get(string key, Language language);
}
