namespace ServiceBot.Content.Model;

/// <summary>Part of the day in the agent's time zone; boundaries come from settings.yaml.</summary>
public enum TimeOfDay
{
    Any,
    Morning,
    Afternoon,
    Evening,
}
