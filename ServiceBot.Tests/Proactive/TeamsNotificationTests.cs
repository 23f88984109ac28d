using System.Text.Json;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;

namespace ServiceBot.Tests.Proactive;

public sealed class TeamsNotificationTests
{
    [Fact]
    public void WithAlert_NoChannelData_AddsNotificationAlert()
    {
        var alerted = TeamsNotification.WithAlert(Activity.CreateMessage("ayuda"));

        Assert.True(alerted.ChannelData!.Value.GetProperty("notification").GetProperty("alert").GetBoolean());
        Assert.Equal("ayuda", alerted.Text);
    }

    [Fact]
    public void WithAlert_ExistingChannelData_KeepsEveryOtherField()
    {
        var message = Activity.CreateMessage("ayuda") with
        {
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t1"},"notification":{"alert":false,"alertInMeeting":true}}""").RootElement,
        };

        var channelData = TeamsNotification.WithAlert(message).ChannelData!.Value;

        Assert.Equal("t1", channelData.GetProperty("tenant").GetProperty("id").GetString());
        Assert.True(channelData.GetProperty("notification").GetProperty("alert").GetBoolean());
        Assert.True(channelData.GetProperty("notification").GetProperty("alertInMeeting").GetBoolean());
        Assert.False(message.ChannelData!.Value.GetProperty("notification").GetProperty("alert").GetBoolean());
    }
}
