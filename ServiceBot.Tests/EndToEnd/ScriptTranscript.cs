namespace ServiceBot.Tests.EndToEnd;

/// <summary>What the bot showed, turn by turn, while a conversation script ran.</summary>
public sealed record ScriptTranscript(ConversationScript Script, IReadOnlyList<ScriptTurnReplies> Turns);

/// <summary>One turn of a script (numbered from 1) and the bot's replies to it: sent, updated in place, invoke answers.</summary>
public sealed record ScriptTurnReplies(int Number, ScriptTurn Turn, IReadOnlyList<BotReply> Replies);
