namespace ServiceBot.Cards;

/// <summary>The verbs of the supervisors' buttons (their menu and the call card).</summary>
public static class SupervisorVerbs
{
    /// <summary>"Voy para allá" on a call: takes it and tells the agent.</summary>
    public const string Going = "supervisor.going";

    /// <summary>The supervisor's menu again, with the calls open now.</summary>
    public const string Menu = "supervisor.menu";

    /// <summary>The supervisor's results (the "resultados" command, sent as the message's text).</summary>
    public const string Results = "supervisor.results";

    public static bool Handles(string? verb) => verb is Going or Menu or Results;
}
