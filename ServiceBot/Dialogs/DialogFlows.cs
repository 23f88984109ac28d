namespace ServiceBot.Dialogs;

/// <summary>Names of the flows that can hold a prompt open across turns.</summary>
public static class DialogFlows
{
    public const string Playbook = "playbook";
    public const string PlaybookChoice = "playbook.choice";
    public const string Draft = "draft";
    public const string ReplaceSession = "session.replace";

    /// <summary>"¿Cómo está el cliente?" after a service starts: the next description is read as the mood first.</summary>
    public const string Mood = "session.mood";
}
