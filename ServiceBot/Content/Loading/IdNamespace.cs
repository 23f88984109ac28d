namespace ServiceBot.Content.Loading;

/// <summary>The sets inside which ids must be unique and which references point into.</summary>
public enum IdNamespace
{
    ProtocolStep,
    Foundation,
    Phrase,
    Playbook,
    PlaybookStep,
    DraftRule,
    SurveyItem,
    Text,
    Command,
}
