using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Coaching;

public sealed class PhraseSuggesterTests
{
    private static PhraseIndex Phrases => RealContent.Current.Phrases;

    [Fact]
    public void Suggest_EveningGreeting_NeverOffersMorningOrAfternoon()
    {
        var query = new PhraseQuery(Moment.Greeting) { TimeOfDay = TimeOfDay.Evening, Channel = Channel.InPerson, Temperament = Temperament.Serious };

        for (var rotation = 0; rotation < 6; rotation++)
        {
            var phrases = PhraseSuggester.Suggest(Phrases, query, rotation, 3);

            Assert.NotEmpty(phrases);
            Assert.All(phrases, p => Assert.True(p.Fits(TimeOfDay.Evening), $"{p.Id} does not fit the evening"));
        }
    }

    [Fact]
    public void Suggest_Rotation_ShowsOtherVariants()
    {
        var query = new PhraseQuery(Moment.Greeting) { TimeOfDay = TimeOfDay.Morning };
        Assert.True(Phrases.Find(query).Count > 3, "the content should have more morning greetings than one card shows");

        var first = PhraseSuggester.Suggest(Phrases, query, 0, 3).Select(p => p.Id).ToList();
        var second = PhraseSuggester.Suggest(Phrases, query, 1, 3).Select(p => p.Id).ToList();

        Assert.NotEqual(first, second);
        Assert.Equal(3, second.Count);
    }

    [Fact]
    public void Suggest_NoPhraseForTheWholeSituation_RelaxesButKeepsTheMoment()
    {
        var query = new PhraseQuery(Moment.Farewell) { Step = "no-such-step", Temperament = Temperament.Hurried, Channel = Channel.Phone, Register = Register.Tu };
        Assert.Empty(Phrases.Find(query));

        var phrases = PhraseSuggester.Suggest(Phrases, query, 0, 2);

        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.Equal(Moment.Farewell, p.Moment));
    }

    [Fact]
    public void Suggest_TemperamentRelaxedBeforeChannel()
    {
        var exact = new PhraseQuery(Moment.Greeting) { Channel = Channel.Chat, Temperament = Temperament.Hurried, Step = "no-such-step" };

        var phrases = PhraseSuggester.Suggest(Phrases, exact, 0, 10);

        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.True(p.Fits(Channel.Chat), $"{p.Id} is not a chat phrase"));
    }

    [Fact]
    public void Suggest_HugeRotation_DoesNotOverflow()
    {
        var phrases = PhraseSuggester.Suggest(Phrases, new PhraseQuery(Moment.Greeting), int.MaxValue, 3);

        Assert.Equal(3, phrases.Count);
    }
}
