using System.Net;

namespace ServiceBot.BotFramework.Connector;

/// <summary>The channel refused a Connector call; <see cref="ErrorCode"/> carries its ErrorResponse code when it sent one.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>How long the channel asked to wait before trying again (its Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>When the channel asked to be tried again, if its Retry-After gave a date instead of seconds.</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
