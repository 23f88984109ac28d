using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.BotFramework.DirectLine;

namespace ServiceBot.Tests.BotFramework.DirectLine;

public sealed class DirectLineErrorsTests
{
    [Fact]
    public async Task TooManyRequests_SaysRetryAfterInMilliseconds_TheUnitDirectLinesClientReads()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddSingleton(NullLoggerFactory.Instance).BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await DirectLineErrors.TooManyRequests(http, 1000, "wait").ExecuteAsync(http);
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();

        Assert.Equal(StatusCodes.Status429TooManyRequests, http.Response.StatusCode);
        Assert.Equal("1000", http.Response.Headers.RetryAfter.ToString());
        Assert.Contains("\"code\":\"TooManyRequests\"", body, StringComparison.Ordinal);
    }
}
