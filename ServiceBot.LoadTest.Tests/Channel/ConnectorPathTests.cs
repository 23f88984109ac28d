using ServiceBot.LoadTest.Channel;

namespace ServiceBot.LoadTest.Tests.Channel;

public sealed class ConnectorPathTests
{
    [Theory]
    [InlineData("POST", "/amer/v3/conversations/a%3A1qh%3Bmessageid%3D1/activities", "Send", "a:1qh;messageid=1", null)]
    [InlineData("POST", "/amer/v3/conversations/a%3Ax/activities/1700000000001", "Reply", "a:x", "1700000000001")]
    [InlineData("PUT", "/v3/conversations/a%3Ax/activities/f%3A3-2", "Update", "a:x", "f:3-2")]
    [InlineData("DELETE", "/emea/v3/conversations/a%3Ax/activities/17", "Delete", "a:x", "17")]
    [InlineData("POST", "/amer/v3/conversations", "CreateConversation", null, null)]
    [InlineData("GET", "/amer/v3/conversations/a%3Ax/members/29%3Auser", "GetMember", "a:x", null)]
    public void Parse_KnowsEveryConnectorOperation_BehindAnyRegionPrefix(string method, string path, string kind, string? conversation, string? activity)
    {
        var call = ConnectorPath.Parse(method, path);

        Assert.Equal(new ConnectorPath(Enum.Parse<ConnectorCallKind>(kind), conversation, activity), call);
    }

    [Theory]
    [InlineData("GET", "/amer/v3/conversations/a%3Ax/activities")]
    [InlineData("PATCH", "/amer/v3/conversations/a%3Ax/activities/1")]
    [InlineData("POST", "/amer/v4/conversations/a%3Ax/activities")]
    [InlineData("POST", "/favicon.ico")]
    [InlineData("POST", "/amer/v3/conversations/a%3Ax/activities/1/extra")]
    public void Parse_AnythingElse_IsNotAConnectorOperation(string method, string path) =>
        Assert.Null(ConnectorPath.Parse(method, path));
}
