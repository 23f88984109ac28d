namespace ServiceBot.Feedback;

/// <summary>
/// The Teams user a survey is sent to, in the chat where the service happened or in their 1:1 chat with the bot
/// (<see cref="Id"/> is null there when the chat was just created and only the Entra object id is known).
/// </summary>
public sealed record SurveyCustomer(string? Id, string? ObjectId, string? Name, string? ConversationId);
