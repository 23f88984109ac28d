using ServiceBot.Content.Model;

namespace ServiceBot.Tests.Content.Model;

public sealed class GenderedWordsTests
{
    [Theory]
    [InlineData(AgentGender.Neutral, "Yo mismo/misma le aviso, {minutes} min.")]
    [InlineData(AgentGender.Feminine, "Yo misma le aviso, {minutes} min.")]
    [InlineData(AgentGender.Masculine, "Yo mismo le aviso, {minutes} min.")]
    public void Resolve_PicksTheAgentsForm_AndLeavesPlaceholders(AgentGender gender, string expected)
    {
        Assert.Equal(expected, GenderedWords.Resolve("Yo {mismo|misma} le aviso, {minutes} min.", gender));
    }

    [Theory]
    [InlineData("{Encantado|Encantada} de atenderle, {name}.", null)]
    [InlineData("Estoy {seguro|segura}.", null)]
    [InlineData("Yo {mismo|} le aviso.", "'{mismo|}'")]
    [InlineData("Yo {mismo|misma le aviso.", "'{mismo|misma")]
    [InlineData("Yo mismo|misma} le aviso.", "'}'")]
    [InlineData("{a|b|c}", "'{a|b|c}'")]
    public void Problem_NamesWhatIsNotAPlaceholderOrAPair(string text, string? quoted)
    {
        var problem = GenderedWords.Problem(text);

        if (quoted is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.NotNull(problem);
            Assert.StartsWith(quoted, problem, StringComparison.Ordinal);
        }
    }
}
