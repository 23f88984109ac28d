namespace ServiceBot.Tests.EndToEnd;

/// <summary>What expectations resolve against: the running bot's texts for the agent and the supervisor, and its protocol.</summary>
public sealed record ScriptContext(Func<string, string> Text, Func<string, string> SupervisorText, IReadOnlyList<string> ProtocolChecklist);
