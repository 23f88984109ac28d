namespace ServiceBot.Dialogs;

/// <summary>What the service's live card shows now; every mode but <see cref="Service"/> has a way back to it.</summary>
public enum LiveMode
{
    /// <summary>The service at a glance: the moment, its tip and phrases, the mood, who is waiting.</summary>
    Service,

    /// <summary>Phrases for a chosen moment, with other variants.</summary>
    Phrases,

    /// <summary>"¿Qué tipo de cliente?": the difficult-customer guides.</summary>
    Chooser,

    /// <summary>One step of a difficult-customer guide.</summary>
    Playbook,

    /// <summary>Someone else arrived: the never-ignore protocol.</summary>
    Waiting,

    /// <summary>The box to paste a reply to a customer into.</summary>
    Draft,

    /// <summary>What the draft check found and the courteous version.</summary>
    Review,

    /// <summary>Why the current moment matters (foundations).</summary>
    Why,

    /// <summary>The service ended: its summary and what comes next.</summary>
    Closed,
}
