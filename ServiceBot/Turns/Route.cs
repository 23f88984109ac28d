using ServiceBot.BotFramework;

namespace ServiceBot.Turns;

/// <summary>A row of the route table: a name for the logs, a condition on the turn, and the handler type that serves it.</summary>
public sealed record Route(string Name, Func<TurnContext, bool> Matches, Type HandlerType);
