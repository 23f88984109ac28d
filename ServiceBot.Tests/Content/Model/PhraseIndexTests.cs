using ServiceBot.Content.Model;

namespace ServiceBot.Tests.Content.Model;

public class PhraseIndexTests
{
    private static Phrase Greeting(string id, TimeOfDay time, Register register = Register.Usted, Temperament temperament = Temperament.Any) =>
        new(id, Moment.Greeting, [time], [Channel.Any], [temperament], register, ["courtesy-first"], new LocalizedText(id, id));

    private static PhraseIndex CreateSut() => new(
    [
        Greeting("any-time", TimeOfDay.Any),
        Greeting("morning", TimeOfDay.Morning),
        Greeting("evening", TimeOfDay.Evening),
        Greeting("morning-tu", TimeOfDay.Morning, Register.Tu),
        Greeting("morning-jovial", TimeOfDay.Morning, temperament: Temperament.Jovial),
        new Phrase("farewell", Moment.Farewell, [TimeOfDay.Any], [Channel.Any], [Temperament.Any], Register.Any, [], new LocalizedText("f", "f")),
    ]);

    [Fact]
    public void Find_MorningUstedGreeting_PutsExactMatchesFirst_AndLeavesOutOtherTimesAndRegisters()
    {
        var found = CreateSut().Find(new PhraseQuery(Moment.Greeting) { TimeOfDay = TimeOfDay.Morning, Register = Register.Usted, Temperament = Temperament.Serious });

        Assert.Equal(["morning", "any-time"], found.Select(phrase => phrase.Id));
    }

    [Fact]
    public void Find_JovialMorning_PrefersThePhraseForThatTemperament()
    {
        var found = CreateSut().Find(new PhraseQuery(Moment.Greeting) { TimeOfDay = TimeOfDay.Morning, Register = Register.Usted, Temperament = Temperament.Jovial });

        Assert.Equal("morning-jovial", found[0].Id);
    }

    [Fact]
    public void Find_ById_AndByMoment()
    {
        var sut = CreateSut();

        Assert.Equal(Moment.Farewell, sut.Find("farewell")!.Moment);
        Assert.Null(sut.Find("missing"));
        Assert.Equal(5, sut.ByMoment(Moment.Greeting).Count());
    }
}
