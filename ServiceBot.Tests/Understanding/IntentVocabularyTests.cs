using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>The words of each intent's examples: a guess that uses none of them is asked about, not acted on.</summary>
public sealed class IntentVocabularyTests
{
    private static readonly Intent Angry = Intent.Playbook("angry");

    private static readonly Intent Supervisor = Intent.Command("call-supervisor");

    private static readonly IntentVocabulary Vocabulary = IntentVocabulary.Of(
    [
        (Angry, "esta bien encabronado"),
        (Angry, "me esta gritando"),
        (Supervisor, "llama al supervisor"),
        (Intent.Other, "recomiendame una serie"),
    ]);

    [Theory]
    [InlineData("la señora esta encabronada", "angry")]
    [InlineData("no para de gritar", "angry")]
    [InlineData("llama al supervisr", "call-supervisor")]
    [InlineData("que", "angry")]
    [InlineData("y", "call-supervisor")]
    public void Knows_AWordOfTheIntentsExamples_InAnotherFormOrWithATypo_OrNothingToJudgeBy(string text, string intent) =>
        Assert.True(Vocabulary.Knows(TextNormalizer.Normalize(text), intent == "angry" ? Angry : Supervisor));

    [Theory]
    [InlineData("me recomiendas una serie")]
    [InlineData("cuanto es 25 por 4")]
    [InlineData("llama al supervisor")]
    public void DoesNotKnow_AMessageWhoseWordsTheIntentNeverUses(string text) =>
        Assert.False(Vocabulary.Knows(TextNormalizer.Normalize(text), Angry));

    [Fact]
    public void Knows_ForAnyOfTheIntentsGiven() =>
        Assert.True(Vocabulary.Knows("llama al supervisor", Angry, Supervisor));
}
