using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>Ratings typed in answer to the survey's 1–5 question (the shipped survey's scale and labels).</summary>
public sealed class RatingRecognizerTests
{
    private static readonly ServiceBot.Content.Model.SurveyScale Scale = RealContent.Current.Survey.Rating.Scale;

    [Theory]
    [InlineData("4", 4)]
    [InlineData("le pongo un 4", 4)]
    [InlineData("cinco estrellas", 5)]
    [InlineData("4 points", 4)]
    [InlineData("un 5!!", 5)]
    [InlineData("le doy 4 de 5", 4)]
    [InlineData("4/5", 4)]
    [InlineData("4 out of 5", 4)]
    [InlineData("cuatro de cinco", 4)]
    [InlineData("three out of five", 3)]
    [InlineData("del uno al cinco, un tres", 3)]
    [InlineData("del 1 al 5 le pongo 3", 3)]
    [InlineData("una estrella", 1)]
    [InlineData("I'd give it a 2", 2)]
    [InlineData("excelente", 5)]
    [InlineData("Muy mala", 1)]
    [InlineData("mala", 2)]
    [InlineData("regular", 3)]
    public void Recognize_ReadsTheRatingWithTheWordsAroundIt(string text, int expected) =>
        Assert.Equal(expected, RatingRecognizer.Recognize(text, Scale));

    [Theory]
    [InlineData("un 10")]
    [InlineData("0")]
    [InlineData("4.5")]
    [InlineData("cuatro y medio... 4,5")]
    [InlineData("entre 3 y 4")]
    [InlineData("no fue buena")]
    [InlineData("gracias")]
    [InlineData("")]
    public void Recognize_NoClearRatingOnTheScale_IsNull(string text) =>
        Assert.Null(RatingRecognizer.Recognize(text, Scale));
}
