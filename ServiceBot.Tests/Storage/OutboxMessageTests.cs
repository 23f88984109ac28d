using System.Text;
using System.Text.Json;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

public sealed class OutboxMessageTests
{
    private static readonly Activity Reply = Activity.CreateMessage(text: "¿Cómo le fue con el cliente?");

    [Fact]
    public void ActivityJson_IsTheProtocolJson_WrittenOnce()
    {
        var row = Row(Reply);

        Assert.Equal(JsonSerializer.Serialize(Reply, ProtocolJson.Options), Encoding.UTF8.GetString(row.ActivityJson));
        Assert.Same(row.ActivityJson, row.ActivityJson);
    }

    [Fact]
    public void ActivityJson_OfACopyWithAnotherActivity_IsThatActivitys()
    {
        var row = Row(Reply);
        _ = row.ActivityJson;

        var other = row with { Activity = Reply with { Text = "Listo" } };

        Assert.Contains("Listo", Encoding.UTF8.GetString(other.ActivityJson), StringComparison.Ordinal);
        Assert.Contains("Cómo", Encoding.UTF8.GetString(row.ActivityJson), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsTheRows_WhetherOrNotItsJsonWasWritten()
    {
        var written = Row(Reply);
        _ = written.ActivityJson;

        Assert.Equal(Row(Reply), written);
        Assert.Equal(Row(Reply).GetHashCode(), written.GetHashCode());
    }

    private static OutboxMessage Row(Activity activity) =>
        new("t:0", "t", 0, "a:1", "https://smba.example/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null, activity);
}
