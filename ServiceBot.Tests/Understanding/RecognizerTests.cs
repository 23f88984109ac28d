using ServiceBot.Content.Model;
using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("¡Sí, CLARO!", "si claro")]
    [InlineData("  Atención   inmediata. ", "atencion inmediata")]
    [InlineData("Llegó otro cliente", "llego otro cliente")]
    [InlineData("4 estrellas", "4 estrellas")]
    [InlineData(null, "")]
    public void Normalize_FoldsCaseAccentsAndPunctuation(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}

public sealed class FuzzyMatchTests
{
    [Theory]
    [InlineData("furioso", "furioso", true)]
    [InlineData("furiozo", "furioso", true)]
    [InlineData("fuiroso", "furioso", true)]
    [InlineData("furios", "furioso", true)]
    [InlineData("furiosisimo", "furioso", false)]
    [InlineData("si", "no", false)]
    [InlineData("sis", "si", false)]
    public void WordsMatch_AllowsOneTypoInLongerWordsOnly(string typed, string expected, bool matches)
    {
        Assert.Equal(matches, FuzzyMatch.WordsMatch(typed, expected));
    }

    /// <summary>Every pair of words up to four letters over three letters: the one-pass check says what the table does.</summary>
    [Fact]
    public void WithinOneEdit_AgreesWithDistance()
    {
        var words = new List<string> { string.Empty };
        for (var length = 1; length <= 4; length++)
        {
            words.AddRange(words.Where(w => w.Length == length - 1).SelectMany(w => "abc".Select(c => w + c)).ToList());
        }

        foreach (var a in words)
        {
            foreach (var b in words)
            {
                Assert.True(FuzzyMatch.Distance(a, b) <= 1 == FuzzyMatch.WithinOneEdit(a, b), $"'{a}' and '{b}'");
            }
        }
    }
}

public sealed class KeywordMatcherTests
{
    private static readonly KeywordMatcher<string> Sut = new(
    [
        ("angry", ["furioso", "enojado", "molesto", "muy molesto"]),
        ("hurried", ["apurado", "tiene prisa"]),
    ]);

    [Theory]
    [InlineData("el cliente está furioso", "angry")]
    [InlineData("EL CLIENTE ESTA ENOJADO!!", "angry")]
    [InlineData("está muy molezto", "angry")]
    [InlineData("el señor tiene mucha prisa", null)]
    [InlineData("el señor tiene prisa", "hurried")]
    [InlineData("el cliente está contento", null)]
    public void TryMatch_FindsTheKeywordInAFreeSentence(string text, string? expected)
    {
        var found = Sut.TryMatch(text, out var target);

        Assert.Equal(expected is not null, found);
        if (found)
        {
            Assert.Equal(expected, target);
        }
    }

    [Fact]
    public void TryMatchExactly_RequiresTheWholeText()
    {
        Assert.True(Sut.TryMatchExactly("Apurado", out _));
        Assert.False(Sut.TryMatchExactly("muy apurado hoy", out _));
    }

    [Fact]
    public void TryMatch_LongerKeywordsWinAndEqualOnesKeepTheirOrder()
    {
        // More than the matcher's first buffer of keywords, so it grows while it is built (the entries after them count).
        var fillers = Enumerable.Range(0, 40).Select(i => ($"filler{i}", (IEnumerable<string>)[$"palabra{i}"]));
        var sut = new KeywordMatcher<string>(
        [
            .. fillers,
            ("first", ["cliente molesto"]),
            ("second", ["cliente molesto"]),
            ("short", ["molesto"]),
            ("long", ["cliente muy molesto"]),
            ("nothing", ["¡!", " "]),
        ]);

        Assert.True(sut.TryMatch("el cliente molesto", out var equal));
        Assert.Equal("first", equal);
        Assert.True(sut.TryMatch("un cliente muy molesto", out var longest));
        Assert.Equal("long", longest);
        Assert.False(sut.TryMatch("¡!", out _));
    }

    [Fact]
    public void TryMatch_ValueTypeTargets()
    {
        var sut = new KeywordMatcher<Intent>([(Intent.Mood(Temperament.Upset), ["furioso"]), (Intent.Other, ["muy furioso"])]);

        Assert.True(sut.TryMatch("está muy furioso", out var intent));
        Assert.Equal(Intent.Other, intent);
        Assert.True(sut.TryMatch("furioso", out intent));
        Assert.Equal(Intent.Mood(Temperament.Upset), intent);
    }
}

public sealed class YesNoRecognizerTests
{
    [Theory]
    [InlineData("sí", true)]
    [InlineData("si", true)]
    [InlineData("Claro", true)]
    [InlineData("dale", true)]
    [InlineData("OK", true)]
    [InlineData("sí, claro", true)]
    [InlineData("yes please", true)]
    [InlineData("no", false)]
    [InlineData("para nada", false)]
    [InlineData("No, gracias", false)]
    [InlineData("nope", false)]
    [InlineData("claro que no", null)]
    [InlineData("tal vez", null)]
    [InlineData("mmm no sé", null)]
    [InlineData("no estoy segura", null)]
    [InlineData("hmm not sure", null)]
    [InlineData("I don't know", null)]
    [InlineData("maybe yes", null)]
    [InlineData("el cliente dijo que sí pero luego se fue", null)]
    [InlineData("simón", true)]
    [InlineData("sale va", true)]
    [InlineData("nel", false)]
    [InlineData("nope, keep it", false)]
    [InlineData("", null)]
    public void Recognize_UnderstandsYesAndNoAsTyped(string text, bool? expected)
    {
        Assert.Equal(expected, UnderstandingModels.For(RealContent.Current).YesNo.Recognize(text));
    }
}

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("cuatro", 4)]
    [InlineData("Cuatro!", 4)]
    [InlineData("4 estrellas", 4)]
    [InlineData("le doy un 5", 5)]
    [InlineData("five stars", 5)]
    [InlineData("tres", 3)]
    [InlineData("sinco", 5)]
    [InlineData("ninguno", null)]
    [InlineData("entre 3 y 4", null)]
    [InlineData("le pongo un 4", 4)]
    [InlineData("una estrella", 1)]
    [InlineData("el tercero", 3)]
    [InlineData("uno", 1)]
    [InlineData("", null)]
    public void Recognize_ReadsDigitsAndWords(string text, int? expected)
    {
        Assert.Equal(expected, NumberRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("6", null)]
    [InlineData("0", null)]
    [InlineData("uno", 1)]
    public void RecognizeInRange_RejectsOutOfRange(string text, int? expected)
    {
        Assert.Equal(expected, NumberRecognizer.RecognizeInRange(text, 1, 5));
    }
}
