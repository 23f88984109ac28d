namespace ServiceBot.Feedback;

/// <summary>The Teams user a survey is sent to, in the chat where the service happened.</summary>
public sealed record SurveyCustomer(string Id, string? ObjectId, string? Name, string ConversationId);
