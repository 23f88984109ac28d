using ServiceBot.Tests.Fixtures;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>
/// The shipped content's training set: every example normalised and non-empty, none twice, in the stable order the
/// fingerprint (and so a saved classifier's name) depends on: by intent as spelled, then text, both ordinal.
/// </summary>
public sealed class TrainingSetTests
{
    [Fact]
    public void From_TheShippedContent_IsNormalisedDistinctAndOrderedByIntentThenText()
    {
        var examples = TrainingSet.From(RealContent.Current).Examples;

        Assert.True(examples.Count > 1000, $"{examples.Count} examples");
        Assert.All(examples, example =>
        {
            Assert.NotEqual(string.Empty, example.Text);
            Assert.Equal(TextNormalizer.Normalize(example.Text), example.Text);
        });
        Assert.Equal(examples.Count, examples.Distinct().Count());
        for (var i = 1; i < examples.Count; i++)
        {
            var intents = string.CompareOrdinal(examples[i - 1].Intent.ToString(), examples[i].Intent.ToString());
            Assert.True(intents < 0 || (intents == 0 && string.CompareOrdinal(examples[i - 1].Text, examples[i].Text) < 0),
                $"{examples[i - 1]} comes before {examples[i]}");
        }
    }
}
