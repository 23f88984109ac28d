namespace ServiceBot.Web.Dashboard;

/// <summary>The dashboard's periods: the last 4, 12 or 26 weeks, each from a Monday 00:00 UTC up to now.</summary>
public static class ResultsPeriod
{
    public static readonly int[] Weeks = [4, 12, 26];

    public static int Parse(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weeks) && Weeks.Contains(weeks) ? weeks : Weeks[0];

    public static (DateTimeOffset From, DateTimeOffset To) Of(int weeks, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday.AddDays(-7 * (weeks - 1)), now);
    }
}
