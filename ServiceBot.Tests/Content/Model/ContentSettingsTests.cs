using ServiceBot.Content.Model;

namespace ServiceBot.Tests.Content.Model;

public class ContentSettingsTests
{
    private static ContentSettings CreateSut() => new([2, 5, 10], new TimeOnly(5, 0), new TimeOnly(12, 0), new TimeOnly(19, 0));

    [Theory]
    [InlineData(4, 59, TimeOfDay.Evening)]
    [InlineData(5, 0, TimeOfDay.Morning)]
    [InlineData(11, 59, TimeOfDay.Morning)]
    [InlineData(12, 0, TimeOfDay.Afternoon)]
    [InlineData(18, 59, TimeOfDay.Afternoon)]
    [InlineData(19, 0, TimeOfDay.Evening)]
    [InlineData(23, 30, TimeOfDay.Evening)]
    public void TimeOfDayAt_FollowsTheDayParts(int hour, int minute, TimeOfDay expected) =>
        Assert.Equal(expected, CreateSut().TimeOfDayAt(new TimeOnly(hour, minute)));
}
