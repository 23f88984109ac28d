namespace ServiceBot.Content.Model;

/// <summary>Settings that shape the coaching: waiting reminders, the hours that split the day, the default register.</summary>
public sealed record ContentSettings(
    IReadOnlyList<int> WaitingReminderMinutes,
    TimeOnly MorningStarts,
    TimeOnly AfternoonStarts,
    TimeOnly EveningStarts)
{
    /// <summary>How a new customer is addressed (<c>defaultRegister</c>): usted unless the content says tú.</summary>
    public Register DefaultRegister { get; init; } = Register.Usted;

    /// <summary>The part of the day at a local time; before morning starts it is still evening.</summary>
    public TimeOfDay TimeOfDayAt(TimeOnly localTime)
    {
        if (localTime >= EveningStarts || localTime < MorningStarts)
        {
            return TimeOfDay.Evening;
        }

        return localTime >= AfternoonStarts ? TimeOfDay.Afternoon : TimeOfDay.Morning;
    }
}
