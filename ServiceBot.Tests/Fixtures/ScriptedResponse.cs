namespace ServiceBot.Tests.Fixtures;

/// <summary>An answer the fake channel gives to the next Connector call instead of 200.</summary>
public sealed record ScriptedResponse(int StatusCode, string? Body = null, TimeSpan? RetryAfter = null, string? Location = null);
