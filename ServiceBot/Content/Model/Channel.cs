namespace ServiceBot.Content.Model;

/// <summary>Where the service happens.</summary>
public enum Channel
{
    Any,
    InPerson,
    Phone,
    Chat,
}
