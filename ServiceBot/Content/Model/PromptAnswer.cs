namespace ServiceBot.Content.Model;

/// <summary>The kinds of answer to the bot's own questions that dialogs/understanding/ gives examples of.</summary>
public enum PromptAnswer
{
    Yes,
    No,
    Unsure,
    Next,
}
