using ServiceBot.Cards;
using ServiceBot.Feedback;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;
using Xunit.Abstractions;

namespace ServiceBot.Tests.Browser;

/// <summary>
/// The survey's Teams cards that no conversation script shows (the agent's choice with the people picker, the
/// "could not reach them in Teams" card, the group chat's card for everyone, the customer's form,
/// its error state, the thank-you, the supervisor's low-rating alert with its context), in Spanish and English, rendered
/// at phone width with the official renderer: no text or button title may be cut. Screenshots in the artifacts folder.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class SurveyCardRenderingTests(BrowserFixture browser, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task SurveyCards_ShowAllTheirTextAtPhoneWidth()
    {
        var cards = Languages().SelectMany(language => CardsIn(new CardTexts(RealContent.Current, language), language.Code())).ToList();
        var folder = TestArtifacts.FolderFor(GetType());
        await using var renderer = await CardRenderer.OpenAsync(browser);

        var phone = await renderer.RenderAsync(cards, ScriptedCardRenderingTests.PhoneWidth, folder);

        var problems = phone.Where(r => r.Clipped.Count > 0 || r.Errors.Count > 0)
            .Select(r => $"{r.Name}: {string.Join("; ", r.Clipped.Select(c => c.ToString()).Concat(r.Errors))}").ToList();
        output.WriteLine($"{cards.Count} cards at {ScriptedCardRenderingTests.PhoneWidth} px in {folder}: " + string.Join(", ", phone.Select(r => $"{r.Name} {r.Height} px")));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static Language[] Languages() => [ServiceBot.Localization.Language.Spanish, ServiceBot.Localization.Language.English];

    private static IEnumerable<NamedCard> CardsIn(CardTexts texts, string code)
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var invitation = new SurveyInvitation
        {
            TokenHash = "h", ServiceSessionId = "s-1", AgentId = "29:ana", Language = ServiceBot.Localization.Language.Spanish,
            CreatedAt = now, ExpiresAt = now.AddHours(72), CustomerId = "29:carlos", CustomerName = "Carlos Alberto Ruiz Domínguez",
            CustomerConversationId = "19:chat",
        };
        var survey = texts.Content.Survey;
        var response = new FeedbackResponse
        {
            ServiceSessionId = "s-1", AgentId = "29:ana", Rating = 2, Aspects = [], Comment = "Me hicieron esperar mucho y nadie me explicó por qué.",
            Language = ServiceBot.Localization.Language.Spanish, Source = FeedbackSource.Teams, SubmittedAt = now,
        };
        var session = new ServiceSession
        {
            Id = "s-1", AgentId = "29:ana", StartedAt = now.AddMinutes(-14), EndedAt = now, Temperament = "Angry",
            Playbooks = [.. texts.Content.Playbooks.Take(2).Select(p => p.Id)],
            Checklist = [new ChecklistMark(texts.Content.Protocol[0].Id, now.AddMinutes(-13))],
            WaitingCustomers = [new WaitingCustomer(now.AddMinutes(-10), now.AddMinutes(-1))],
        };
        yield return new($"survey-choice-group.{code}", SurveyChoiceCard.Create(texts, "s-1", inGroupChat: true));
        yield return new($"survey-choice-personal.{code}", SurveyChoiceCard.Create(texts, "s-1", inGroupChat: false));
        yield return new($"survey-person-unreachable.{code}", SurveyChoiceCard.Unreachable(texts, "s-1", "Carlos Alberto Ruiz Domínguez"));
        yield return new($"survey-person-unreachable.{code}", SurveyChoiceCard.Unreachable(texts, "s-1", "Carlos Alberto Ruiz Domínguez"));
        yield return new($"survey-teams-pending.{code}", SurveyStatusCard.Create(texts, invitation, SurveyState.Open));
        yield return new($"survey-teams-answered.{code}", SurveyStatusCard.Create(texts, invitation, SurveyState.Answered));
        yield return new($"survey-teams-form.{code}", SurveyFormCard.Create(texts, survey, "s-1"));
        yield return new($"survey-teams-form-error.{code}", SurveyFormCard.Create(texts, survey, "s-1", texts[FeedbackTextKeys.PageErrorSummary]));
        yield return new($"low-rating-alert.{code}", LowRatingAlertCard.Create(texts, response, session, "Ana Sofía López Hernández"));
    }
}
