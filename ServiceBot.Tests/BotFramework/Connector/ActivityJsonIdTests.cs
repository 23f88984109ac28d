using System.Text;
using System.Text.Json.Nodes;
using ServiceBot.BotFramework.Connector;

namespace ServiceBot.Tests.BotFramework.Connector;

public sealed class ActivityJsonIdTests
{
    [Theory]
    [InlineData("""{"type":"message","text":"¿Cómo le fue?"}""")]
    [InlineData(""" { "type" : "message" } """)]
    [InlineData("{}")]
    [InlineData("{ }")]
    public void Add_PutsTheIdFirstAndKeepsTheRest(string json)
    {
        var body = Encoding.UTF8.GetString(ActivityJsonId.Add(Encoding.UTF8.GetBytes(json), "1:abc\"é").Span);

        var parsed = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("1:abc\"é", (string?)parsed["id"]);
        parsed.Remove("id");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), parsed));
        Assert.StartsWith("{\"id\":", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("")]
    public void Add_RefusesWhatIsNotAnObject(string json) =>
        Assert.Throws<ArgumentException>(() => ActivityJsonId.Add(Encoding.UTF8.GetBytes(json), "1"));
}
