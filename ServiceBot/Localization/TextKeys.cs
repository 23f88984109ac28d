namespace ServiceBot.Localization;

/// <summary>Keys of the bot's interface texts, shared by the catalog and the card builders.</summary>
public static class TextKeys
{
    public const string WelcomeTitle = "welcome.title";
    public const string WelcomeBody = "welcome.body";
    public const string MenuTitle = "menu.title";
    public const string MenuNewService = "menu.newService";
    public const string MenuPhrases = "menu.phrases";
    public const string MenuAnotherCustomer = "menu.anotherCustomer";
    public const string MenuDifficultCustomer = "menu.difficultCustomer";
    public const string MenuReviewDraft = "menu.reviewDraft";
    public const string MenuHelp = "menu.help";
    public const string HelpBody = "help.body";
    public const string ErrorGeneric = "error.generic";
}
