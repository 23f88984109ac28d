using ServiceBot.BotFramework.Schema;
using ServiceBot.Cards;
using ServiceBot.Content.Model;
using ServiceBot.Dialogs;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Dialogs;

public sealed class SupervisorCallBookTests
{
    private const string Laura = "00000000-0000-0000-0000-00000000005b";
    private const string Mario = "00000000-0000-0000-0000-00000000005c";
    private static readonly System.Text.Json.JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Answer_FirstSupervisorTakesIt_SecondAndDoubleClickChangeNothing()
    {
        var book = SupervisorCallBook.Empty.Add(Call("c-1"), Now);

        var (afterLaura, call, taken) = book.Answer("c-1", "Laura Gómez", Laura, Now.AddMinutes(1));
        var (afterAgain, again, takenAgain) = afterLaura.Answer("c-1", "Laura Gómez", Laura, Now.AddMinutes(1));
        var (afterMario, seen, takenByMario) = afterAgain.Answer("c-1", "Mario Ruiz", Mario, Now.AddMinutes(2));

        Assert.True(taken);
        Assert.False(takenAgain);
        Assert.False(takenByMario);
        Assert.Equal("Laura Gómez", seen?.AnsweredBy);
        Assert.Same(afterLaura, afterMario);
        Assert.Equal(call, again);
        Assert.Empty(afterMario.OpenFor(Mario, Now.AddMinutes(2)));
    }

    [Fact]
    public void Answer_SomeoneTheCallDidNotGoTo_CannotTakeIt()
    {
        var book = SupervisorCallBook.Empty.Add(Call("c-1"), Now);

        var (_, call, taken) = book.Answer("c-1", "Ana Pérez", "00000000-0000-0000-0000-0000000000aa", Now);

        Assert.False(taken);
        Assert.True(call?.IsOpen);
    }

    [Fact]
    public void Answer_UnknownCall_ReturnsNothing()
    {
        var (_, call, taken) = SupervisorCallBook.Empty.Answer("nope", "Laura Gómez", Laura, Now);

        Assert.Null(call);
        Assert.False(taken);
    }

    [Fact]
    public void Json_RoundTrips_AndOldCallsAreDroppedWhenOneIsAdded()
    {
        var book = SupervisorCallBook.Empty.Add(Call("old", Now.AddHours(-5)), Now.AddHours(-5)).Add(Call("c-1"), Now);

        var read = SupervisorCallBook.Parse(book.ToJson());

        var call = Assert.Single(read.Calls);
        Assert.Equal("c-1", call.Id);
        Assert.Equal("Ventanilla 3", call.Place);
        Assert.Equal(Temperament.Upset, call.Context.Temperament);
        Assert.Equal("a:agent-chat", call.Agent.Conversation?.Id);
        Assert.Equal([Laura, Mario], call.Supervisors);
    }

    [Fact]
    public void Card_MinutesSinceTheCall_PlaceAndWhoTookIt()
    {
        var texts = new CardTexts(RealContent.Current, Language.Spanish);
        var call = Call("c-1");
        var open = SupervisorCallCard.Create(texts, call, Now.AddMinutes(7)).ToJsonString(Plain);
        var (book, _, _) = SupervisorCallBook.Empty.Add(call, Now).Answer("c-1", "Laura Gómez", Laura, Now.AddMinutes(8));
        var taken = book.Find("c-1")!;

        Assert.Contains("Pidió apoyo hace 7 min", open, StringComparison.Ordinal);
        Assert.Contains("Ventanilla 3", open, StringComparison.Ordinal);
        Assert.Contains(SupervisorVerbs.Going, open, StringComparison.Ordinal);
        Assert.Contains("hace un momento", SupervisorCallCard.Create(texts, call, Now).ToJsonString(Plain), StringComparison.Ordinal);
        var seenByMario = SupervisorCallCard.Create(texts, taken, Now.AddMinutes(9), Mario).ToJsonString(Plain);
        Assert.Contains("Laura Gómez ya va para allá", seenByMario, StringComparison.Ordinal);
        Assert.DoesNotContain(SupervisorVerbs.Going, seenByMario, StringComparison.Ordinal);
        Assert.Contains("Usted va para allá", SupervisorCallCard.Create(texts, taken, Now.AddMinutes(9), Laura).ToJsonString(Plain), StringComparison.Ordinal);
    }

    private static SupervisorCall Call(string id, DateTimeOffset? at = null) => new(
        id,
        new SupervisorCallContext("Ana Pérez", "s-1", Temperament.Upset, "angry", 2, 5, null, at ?? Now),
        (at ?? Now).AddMinutes(-6),
        "Ventanilla 3",
        [Laura, Mario],
        new ConversationReference { Conversation = new ConversationAccount { Id = "a:agent-chat" }, ServiceUrl = "http://127.0.0.1:1/" },
        default);
}
