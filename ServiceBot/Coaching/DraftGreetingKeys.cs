using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Coaching;

/// <summary>The greeting that opens a courteous written reply at each time of day.</summary>
public static class DraftGreetingKeys
{
    public static string For(TimeOfDay timeOfDay) => timeOfDay switch
    {
        TimeOfDay.Morning => TextKeys.DraftGreetingMorning,
        TimeOfDay.Afternoon => TextKeys.DraftGreetingAfternoon,
        TimeOfDay.Evening => TextKeys.DraftGreetingEvening,
        _ => TextKeys.DraftGreeting,
    };
}
