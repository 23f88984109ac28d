namespace ServiceBot.BotFramework.Schema;

/// <summary>The synchronous answer to an invoke activity, written as the HTTP response of the same POST.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);

    public static InvokeResponse NotImplemented() => new(501);
}
