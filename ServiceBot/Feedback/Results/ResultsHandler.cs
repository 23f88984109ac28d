using ServiceBot.BotFramework;
using ServiceBot.Cards;
using ServiceBot.Content;
using ServiceBot.People;
using ServiceBot.Turns;

namespace ServiceBot.Feedback.Results;

/// <summary>
/// "resultados" and "mis resultados" in Teams, for the last 4 weeks: a supervisor sees their teams (an admin every
/// team), anyone else their own answers. Who asks is read from the activity and the roster, never from the text.
/// </summary>
public sealed class ResultsHandler(IFeedbackResultsStore store, IRosterStore roster, ContentStore content, TimeProvider time, SurveyLinks links) : ITurnHandler
{
    public const int Weeks = 4;

    public static bool Handles(TurnContext turn) => ResultsCommand.Parse(turn.Text) is not null;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var asked = ResultsCommand.Parse(turn.Text) ?? ResultsScopeAsked.Mine;
        var person = PersonKey.From(turn.Activity.Conversation?.TenantId, turn.Activity.From?.AadObjectId);
        var standing = person is { } key ? await roster.GetStandingAsync(key, cancellationToken) : null;
        var now = time.GetUtcNow();
        var query = new ResultsQuery(now.AddDays(-7 * Weeks), now.AddSeconds(1));
        var mine = asked == ResultsScopeAsked.Mine || standing is null || !(standing.IsAdmin || standing.IsSupervisor);
        query = mine
            ? query with { AgentId = turn.Activity.From!.Id }
            : query with { TeamIds = standing!.IsAdmin ? null : [.. standing.SupervisedTeams.Select(t => t.Id)] };
        var results = await store.GetAsync(query, cancellationToken);
        var card = ResultsCard.Create(turn.TextsFrom(content), results, mine, Weeks, (links.BaseUrl ?? FeedbackOptions.DevelopmentBaseUrl) + "/results");
        await turn.SendActivityAsync(AdaptiveCards.ToActivity(card) with { Locale = turn.Activity.Locale }, cancellationToken);
    }
}
