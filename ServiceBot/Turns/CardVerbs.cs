namespace ServiceBot.Turns;

/// <summary>The verbs carried by card buttons; shared by the card builders and the route table so a rename fails to compile.</summary>
public static class CardVerbs
{
    public const string Menu = "menu";
    public const string Help = "help";
}
