using ServiceBot.Coaching;

namespace ServiceBot.Tests.Coaching;

public sealed class SentenceCaseTests
{
    [Theory]
    [InlineData("HOLA. ¿CÓMO ESTÁ? BIEN!", "Hola. ¿Cómo está? Bien!")]
    [InlineData("VISITE WWW.EJEMPLO.COM HOY", "Visite www.ejemplo.com hoy")]
    [InlineData("3 ARTÍCULOS\nLISTOS", "3 artículos\nListos")]
    [InlineData("¡GRACIAS!", "¡Gracias!")]
    public void Apply_WritesOrdinarySentences(string shouted, string expected) =>
        Assert.Equal(expected, SentenceCase.Apply(shouted));
}
