using System.Text.Json.Nodes;
using ServiceBot.Cards;
using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Storage;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Cards;

/// <summary>Every card the bot sends is valid Adaptive Card 1.5 for the official parser, in both languages, and fits Teams' size limit.</summary>
public sealed class AdaptiveCardConformanceTests
{
    // Teams refuses bot messages over 100 KB measured as UTF-16; a card must leave room for the activity around it.
    private const int MaxCardUtf16Bytes = 80 * 1024;

    [CardValidatorFact]
    public async Task EveryCard_PassesTheOfficialAdaptiveCardsParser()
    {
        var cards = AllCards().ToList();

        var results = await CardValidator.ValidateAsync(cards);

        var failures = results.Where(r => r.Value.Length > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(cards.Count, results.Count);
    }

    [Fact]
    public void EveryCard_FitsTeamsMessageSizeAndIsVersion15()
    {
        foreach (var (name, card) in AllCards())
        {
            Assert.True(card.ToJsonString().Length * 2 < MaxCardUtf16Bytes, $"{name} is too large for a Teams message");
            Assert.Equal("1.5", card["version"]?.GetValue<string>());
        }
    }

    internal static IEnumerable<(string Name, JsonObject Card)> AllCards()
    {
        var content = RealContent.Current;
        var now = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
        var session = new ServiceSession
        {
            Id = "s-1",
            AgentId = "29:agent",
            StartedAt = now.AddMinutes(-9),
            EndedAt = now,
            Checklist = [new ChecklistMark("timely-attention", now.AddMinutes(-8))],
            WaitingCustomers = [new WaitingCustomer(now.AddMinutes(-6), now.AddMinutes(-2))],
        };
        foreach (var language in new[] { Language.Spanish, Language.English })
        {
            var texts = new CardTexts(content, language);
            var tag = language.Code();
            var greetings = content.Phrases.ByMoment(Moment.Greeting).Take(3).ToList();
            yield return ($"welcome.{tag}", WelcomeCard.Create(texts));
            yield return ($"menu.{tag}", MenuCard.Create(texts));
            yield return ($"help.{tag}", HelpCard.Create(texts));
            var open = session with { EndedAt = null };
            foreach (var stage in Enum.GetValues<ServiceBot.Dialogs.ServiceStage>())
            {
                var view = new ServiceView(9, stage, ServiceBot.Dialogs.LiveView.StageSteps(content, stage), Temperament.Upset, Register.Usted, Channel.InPerson, greetings.Take(2).ToList(), [new WaitingLine(0, 4)], "nota", content.PlaybooksById["angry"]);
                yield return ($"service.{stage}.{tag}", ServiceCard.Create(texts, view));
            }
            yield return ($"phrases.{tag}", PhrasesCard.Create(texts, Moment.Greeting, greetings));
            yield return ($"waiting.{tag}", WaitingCard.Create(texts, 0, content.Phrases.ByMoment(Moment.Waiting).Take(2).ToList(), content.Settings.WaitingReminderMinutes));
            yield return ($"playbook-chooser.{tag}", PlaybookChooserCard.Create(texts));
            foreach (var playbook in content.Playbooks)
            {
                for (var step = 0; step < playbook.Steps.Count; step++)
                {
                    yield return ($"playbook.{playbook.Id}.{step}.{tag}", PlaybookStepCard.Create(texts, playbook, step));
                }
            }

            var review = DraftReviewer.Review("no se puede, es su problema", content, language, TimeOfDay.Afternoon, Register.Usted);
            yield return ($"draft-review.{tag}", DraftReviewCard.Create(texts, review));
            yield return ($"draft-prompt.{tag}", DraftPromptCard.Create(texts));
            var longest = string.Concat(Enumerable.Repeat("COMO YA LE DIJE, NO SE PUEDE, ES SU PROBLEMA, USTED NO LEYÓ, TE EQUIVOCASTE. ", 40))[..DraftPromptCard.MaxDraftLength];
            yield return ($"draft-review-longest.{tag}", DraftReviewCard.Create(texts, DraftReviewer.Review(longest, content, language, TimeOfDay.Evening, Register.Usted)));
            yield return ($"draft-review-courteous.{tag}", DraftReviewCard.Create(texts, new DraftReview([], "ok")));
            yield return ($"summary.{tag}", SessionSummaryCard.Create(texts, session, greetings, [ServiceBot.Dialogs.ServiceStage.Arrival], new WaitingLine(0, 3), texts[TextKeys.WaitingYourTurn]));
            yield return ($"yes-no.{tag}", YesNoCard.Create(texts, texts[TextKeys.SessionReplacePrompt]));
            var call = new SupervisorCall("c-1", new SupervisorCallContext("Ana", "s-1", Temperament.Upset, "angry", 2, 5, 4, now), now.AddMinutes(-9), "Ventanilla 3", ["s"], new ServiceBot.BotFramework.Schema.ConversationReference(), default);
            yield return ($"supervisor-call.{tag}", SupervisorCallCard.Create(texts, call, now.AddMinutes(3)));
            yield return ($"supervisor-call-taken.{tag}", SupervisorCallCard.Create(texts, call with { AnsweredBy = "Laura Gómez", AnsweredAt = now }, now.AddMinutes(3)));
            yield return ($"supervisor-menu.{tag}", SupervisorMenuCard.Create(texts, [call, call with { Id = "c-2" }], now.AddMinutes(3)));
            yield return ($"supervisor-menu-empty.{tag}", SupervisorMenuCard.Create(texts, [], now));
            yield return ($"waiting-reminder.{tag}", WaitingReminderCard.Create(texts, 1, 5));
            yield return ($"clarify.{tag}", ClarifyCard.Create(texts, new ServiceBot.Understanding.Understood
            {
                Intent = ServiceBot.Understanding.Intent.Playbook("angry"),
                Decision = ServiceBot.Understanding.UnderstandingDecision.Clarify,
                Confidence = 0.3f,
                By = ServiceBot.Understanding.UnderstoodBy.Classifier,
                Alternatives =
                [
                    new(ServiceBot.Understanding.Intent.Playbook("angry"), 0.3f),
                    new(ServiceBot.Understanding.Intent.Mood(Temperament.Upset), 0.25f),
                    new(ServiceBot.Understanding.Intent.Command("review-draft"), 0.2f),
                ],
                Draft = longest,
            }));
        }
    }
}
