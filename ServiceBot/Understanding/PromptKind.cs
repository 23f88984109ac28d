namespace ServiceBot.Understanding;

/// <summary>The question the bot is waiting on, if any: a message is read as its answer first.</summary>
public enum PromptKind
{
    None,

    /// <summary>A yes/no question ("¿La termino y empiezo una nueva?").</summary>
    YesNo,

    /// <summary>"¿Cómo está el cliente?": a description of the customer sets the mood, even one that names a playbook's words.</summary>
    Mood,

    /// <summary>A rating on a scale ("le pongo un 4", "cinco estrellas").</summary>
    Rating,

    /// <summary>"¿Qué tipo de cliente es?": a number, a type's name or a description.</summary>
    PlaybookChoice,

    /// <summary>An open playbook step: "siguiente" moves on.</summary>
    PlaybookStep,

    /// <summary>The draft box: what is typed is the draft, unless it is clearly a command.</summary>
    Draft,
}
