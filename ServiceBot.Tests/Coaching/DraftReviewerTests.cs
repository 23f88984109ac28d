using ServiceBot.Coaching;
using ServiceBot.Content.Model;
using ServiceBot.Localization;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Coaching;

public sealed class DraftReviewerTests
{
    private static DraftReview Review(string draft, Language language = Language.Spanish, TimeOfDay timeOfDay = TimeOfDay.Afternoon, Register register = Register.Usted) =>
        DraftReviewer.Review(draft, RealContent.Current, language, timeOfDay, register);

    private static IEnumerable<string> Rules(DraftReview review) => review.Findings.Select(f => f.RuleId);

    [Fact]
    public void Review_CourteousReply_HasNoFindingsAndKeepsTheText()
    {
        const string draft = "Buenas tardes, gracias por su mensaje. Su pedido llega el martes. ¿Hay algo más en lo que le pueda servir?";

        var review = Review(draft);

        Assert.True(review.IsCourteous, string.Join(", ", Rules(review)));
        Assert.Equal(draft, review.CourteousVersion);
    }

    [Fact]
    public void Review_BluntRefusal_FindsEveryProblemAndWritesACourteousVersion()
    {
        var review = Review("no se puede, es su problema");

        Assert.Equal(["negative-cannot", "blame-your-problem", "missing-greeting", "missing-thanks", "missing-closing"], Rules(review));
        Assert.Equal("no se puede", review.Findings[0].Quote);
        Assert.Equal(
            "Buenas tardes. Le explico las opciones que sí tenemos. Vamos a buscar juntos la mejor solución. Muchas gracias por escribirnos. ¿Hay algo más en lo que le pueda servir?",
            review.CourteousVersion);
    }

    [Fact]
    public void Review_ExpressionMidSentence_ReplacesOnlyItsClause()
    {
        var review = Review("Hola, como ya le dije, su pedido llega el martes. Gracias, quedo atento.");

        var finding = Assert.Single(review.Findings);
        Assert.Equal("blame-as-i-said", finding.RuleId);
        Assert.Equal("como ya le dije", finding.Quote);
        Assert.Equal("Hola. Con gusto se lo explico de nuevo. Su pedido llega el martes. Gracias, quedo atento.", review.CourteousVersion);
    }

    [Theory]
    [InlineData("COMO YA LE DIJE")]
    [InlineData("Cómo ya le dije")]
    [InlineData("como ya le dije!!")]
    public void Review_IgnoresCaseAccentsAndPunctuation(string expression)
    {
        var review = Review($"Hola, {expression}, gracias y quedo atenta");

        Assert.Contains("blame-as-i-said", Rules(review));
    }

    [Fact]
    public void Review_LongerExpressionWins_NoSePuedeIsNotNoSe()
    {
        var review = Review("Hola. No se puede. Gracias, quedo atento.");

        Assert.Equal(["negative-cannot"], Rules(review));
    }

    [Fact]
    public void Review_WholeWordsOnly()
    {
        var review = Review("Hola, imposiblemente rápido llegó su pedido. Gracias, quedo atenta.");

        Assert.True(review.IsCourteous, string.Join(", ", Rules(review)));
    }

    [Fact]
    public void Review_ToleratesATypoInLongerWords()
    {
        var review = Review("Hola, es imposibel. Gracias, quedo atento.");

        Assert.Equal(["negative-cannot"], Rules(review));
    }

    [Fact]
    public void Review_Shouting_IsFoundAndWrittenInSentenceCase()
    {
        var review = Review("BUENAS TARDES. SU PEDIDO LLEGA EL MARTES. GRACIAS, QUEDO ATENTA.");

        Assert.Equal(["shouting-caps"], Rules(review));
        Assert.Equal("Buenas tardes. Su pedido llega el martes. Gracias, quedo atenta.", review.CourteousVersion);
    }

    [Fact]
    public void Review_ShortCapitalWord_IsNotShouting()
    {
        var review = Review("Hola, su folio es ABC. Gracias, quedo atento.");

        Assert.DoesNotContain("shouting-caps", Rules(review));
    }

    [Fact]
    public void Review_MixOfUstedAndTu_IsFoundWithTheWords()
    {
        var review = Review("Hola, usted puede pasar mañana, te esperamos. Gracias, saludos.");

        var finding = Assert.Single(review.Findings);
        Assert.Equal("register-mix", finding.RuleId);
        Assert.Equal("usted / te", finding.Quote);
    }

    [Fact]
    public void Review_DisculpeAndDisculpa_AreToldApart()
    {
        var review = Review("Hola, disculpe la demora. Gracias, quedo atenta.");

        Assert.DoesNotContain("register-mix", Rules(review));
    }

    [Theory]
    [InlineData(TimeOfDay.Morning, "Buenos días.")]
    [InlineData(TimeOfDay.Afternoon, "Buenas tardes.")]
    [InlineData(TimeOfDay.Evening, "Buenas noches.")]
    public void Review_MissingGreeting_OpensWithTheTimeOfDay(TimeOfDay timeOfDay, string greeting)
    {
        var review = Review("su pedido llega el martes. Gracias, quedo atento.", timeOfDay: timeOfDay);

        Assert.Equal(["missing-greeting"], Rules(review));
        Assert.Equal($"{greeting} Su pedido llega el martes. Gracias, quedo atento.", review.CourteousVersion);
    }

    [Fact]
    public void Review_EnglishDraftBySpanishSpeakingAgent_ExplainsInSpanishAndRewritesInEnglish()
    {
        var review = Review("you didn't read the email, it's policy");

        Assert.Equal(["blame-you-did-not", "cold-policy", "missing-greeting", "missing-thanks", "missing-closing"], Rules(review));
        Assert.Equal(RealContent.Current.DraftReview.Tone.Single(r => r.Id == "cold-policy").Message.Es, review.Findings[1].Message);
        Assert.StartsWith("Good afternoon. Let me explain how it works", review.CourteousVersion, StringComparison.Ordinal);
        Assert.EndsWith("Is there anything else I can help you with?", review.CourteousVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_EnglishAgent_GetsEnglishFindings()
    {
        var review = Review("Hello, calm down. Thanks, kind regards.", Language.English);

        var finding = Assert.Single(review.Findings);
        Assert.Equal("cold-calm-down", finding.RuleId);
        Assert.Equal(RealContent.Current.DraftReview.Tone.Single(r => r.Id == "cold-calm-down").Message.En, finding.Message);
        Assert.Equal("Hello. I understand your frustration; let's sort it out together. Thanks, kind regards.", review.CourteousVersion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("¡¡!!")]
    public void Review_NothingToReview_SaysSo(string draft)
    {
        var review = Review(draft);

        Assert.Equal("empty", Assert.Single(review.Findings).RuleId);
    }

    [Fact]
    public void Review_RepeatedExpression_SuggestsTheAlternativeOnce()
    {
        var review = Review("Hola, no se puede, no se puede. Gracias, quedo atenta.");

        Assert.Single(review.Findings, f => f.RuleId == "negative-cannot");
        Assert.Equal("Hola. Le explico las opciones que sí tenemos. Gracias, quedo atenta.", review.CourteousVersion);
    }

    [Fact]
    public void Review_AgentWhoUsesTu_GetsATuClose()
    {
        var review = Review("Hola, tu pedido llega el martes. Gracias.", register: Register.Tu);

        Assert.Equal(["missing-closing"], Rules(review));
        Assert.Equal("Hola, tu pedido llega el martes. Gracias. ¿Necesitas algo más? Con gusto te ayudo.", review.CourteousVersion);
    }
}
