using ServiceBot.Cards;

namespace ServiceBot.Feedback;

/// <summary>Card verbs of post-service feedback.</summary>
public static class FeedbackVerbs
{
    /// <summary>A supervisor's "Lo reviso" on a low-rating alert: the agent hears that it will be looked into.</summary>
    public const string Review = "feedback.review";

    /// <summary>"Encuesta" on the closed service card: the agent chooses how to offer the survey.</summary>
    public const string Offer = CoachingVerbs.Survey;

    /// <summary>The agent's "Enlace y código QR": a one-time link and its QR code.</summary>
    public const string Link = "survey.link";

    /// <summary>The agent's "Enviar por Teams" with a person picked: the survey goes to that person's 1:1 chat with the bot.</summary>
    public const string Person = "survey.person";

    /// <summary>The people picker's input on the choice card: the picked person's Entra object id.</summary>
    public const string PersonInput = "customer";

    /// <summary>The Teams survey card's refresh (and "Responder"): the form for the invited customer, the status for anyone else.</summary>
    public const string View = "survey.view";

    /// <summary>The invited customer sends the Teams survey form.</summary>
    public const string Submit = "survey.submit";

    public const string SessionProperty = "sessionId";

    public static bool IsSurveyVerb(string? verb) => verb is Offer or Link or Person or View or Submit;
}
