namespace ServiceBot.Cards;

/// <summary>Verbs of the coaching cards' buttons, shared by the cards and the dialog so a rename fails to compile.</summary>
public static class CoachingVerbs
{
    public const string NewService = "session.new";
    public const string TickStep = "session.tick";
    public const string SetTemperament = "session.temperament";
    public const string SetChannel = "session.channel";
    public const string EndService = "session.end";
    public const string Phrases = "phrases";
    public const string SetRegister = "phrases.register";
    public const string CustomerArrived = "waiting.arrived";
    public const string CustomerServed = "waiting.served";
    public const string DifficultCustomer = "difficult.start";
    public const string StartPlaybook = "playbook.start";
    public const string NextPlaybookStep = "playbook.next";
    public const string CallSupervisor = "supervisor.call";
    public const string ReviewDraft = "draft.prompt";
    public const string ReviewDraftText = "draft.review";
    public const string Answer = "prompt.answer";
    public const string Cancel = "cancel";

    // The live card.
    public const string NextStage = "session.next";
    public const string SetStage = "session.stage";
    public const string Back = "live.back";
    public const string ShowLive = "live.show";
    public const string Why = "live.why";

    /// <summary>The once-per-shift self-check answered: data <c>answer</c> is Done or Skipped.</summary>
    public const string ShiftCheck = "shift.check";

    /// <summary>Reserved for the post-service survey's "Encuesta" on the closed service (see SessionSummaryCard).</summary>
    public const string Survey = "survey.start";

    /// <summary>An option of a "¿Quiso decir…?" card: data names the intent (and its moment or draft).</summary>
    public const string Understood = "understood";
}
