using ServiceBot.Dialogs;

namespace ServiceBot.Tests.Dialogs;

public sealed class AgentProfileTests
{
    private static readonly DateTimeOffset Eight = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FirstService_OpensAShiftWithItsSelfCheckPending()
    {
        var profile = AgentProfile.New.ServiceStarted(Eight);

        Assert.Equal(Eight, profile.ShiftStartedAt);
        Assert.True(profile.ShiftCheckPending);
    }

    [Theory]
    [InlineData(359, false)]
    [InlineData(360, true)]
    public void NextService_OpensANewShiftOnlyAfterSixHoursWithoutOne(int minutesLater, bool newShift)
    {
        var answered = AgentProfile.New.ServiceStarted(Eight).ShiftChecked(ShiftCheckAnswer.Done);

        var next = answered.ServiceStarted(Eight.AddMinutes(minutesLater));

        Assert.Equal(newShift, next.ShiftCheckPending);
        Assert.Equal(newShift ? Eight.AddMinutes(minutesLater) : Eight, next.ShiftStartedAt);
    }

    [Fact]
    public void SelfCheck_FirstAnswerOfTheShiftStands()
    {
        var done = AgentProfile.New.ServiceStarted(Eight).ShiftChecked(ShiftCheckAnswer.Done);

        Assert.Equal(done, done.ShiftChecked(ShiftCheckAnswer.Done));
        Assert.Equal(ShiftCheckAnswer.Done, done.ShiftChecked(ShiftCheckAnswer.Skipped).ShiftCheck);
    }

    [Fact]
    public void SelfCheck_OutsideAShift_IsNotRecorded()
    {
        Assert.Equal(AgentProfile.New, AgentProfile.New.ShiftChecked(ShiftCheckAnswer.Done));
    }
}
