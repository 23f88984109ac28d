using ServiceBot.Content.Model;
using ServiceBot.Tests.TeamsApp;
using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

/// <summary>A trained classifier saved in a real folder is loaded by the next start, and only when it is the right one.</summary>
public sealed class SavedClassifiersTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryFolder folder = new();

    [Fact]
    public void LoadOrTrain_AfterARestart_LoadsTheSavedModelInsteadOfTraining()
    {
        var set = Greetings();
        var trained = new SavedClassifiers(folder.Path).LoadOrTrain(set);
        var path = new SavedClassifiers(folder.Path).PathOf(set);
        File.SetLastWriteTimeUtc(path, LongAgo);

        var loaded = new SavedClassifiers(folder.Path).LoadOrTrain(set);

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(path));
        Assert.Equal(trained.Intents.ToHashSet(), loaded.Intents.ToHashSet());
        Assert.True(loaded.IsExported);
        LinearIntentScorerTests.AssertSameRanking(trained, loaded, "buenos dias");
        Assert.Equal(Intent.Command("new-service"), loaded.Rank("quiero abrir una atencion")[0].Intent);
    }

    [Fact]
    public void LoadOrTrain_OfAFileSavedBeforeScorers_LoadsItInMlNetAndAddsTheScorerForTheNextStart()
    {
        var set = Greetings();
        var trained = new SavedClassifiers(folder.Path).LoadOrTrain(set);
        var path = new SavedClassifiers(folder.Path).PathOf(set);
        File.WriteAllBytes(path, WithoutScorer(File.ReadAllBytes(path)));

        var old = new SavedClassifiers(folder.Path).LoadOrTrain(set);
        var next = new SavedClassifiers(folder.Path).LoadOrTrain(set);

        Assert.False(old.IsExported);
        Assert.True(next.IsExported);
        LinearIntentScorerTests.AssertSameRanking(trained, old, "quiero abrir una atencion");
        LinearIntentScorerTests.AssertSameRanking(trained, next, "quiero abrir una atencion");
    }

    [Fact]
    public void LoadOrTrain_WithATrainerThatCannotBeExported_LoadsItInMlNet()
    {
        var set = Greetings();
        var recipe = new ClassifierRecipe(ClassifierTrainer.NaiveBayes);
        var trained = new SavedClassifiers(folder.Path).LoadOrTrain(set, recipe);
        var path = new SavedClassifiers(folder.Path).PathOf(set, recipe);
        File.SetLastWriteTimeUtc(path, LongAgo);

        var loaded = new SavedClassifiers(folder.Path).LoadOrTrain(set, recipe);

        Assert.False(loaded.IsExported);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(path));
        Assert.Equal(Ranking(trained, "buenos dias"), Ranking(loaded, "buenos dias"));
    }

    [Fact]
    public void LoadOrTrain_WithATruncatedFile_TrainsAndReplacesIt()
    {
        var set = Greetings();
        var path = new SavedClassifiers(folder.Path).PathOf(set);
        _ = new SavedClassifiers(folder.Path).LoadOrTrain(set);
        var whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
        File.SetLastWriteTimeUtc(path, LongAgo);

        var classifier = new SavedClassifiers(folder.Path).LoadOrTrain(set);

        Assert.Equal(Intent.Command("new-service"), classifier.Rank("quiero abrir una atencion")[0].Intent);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void LoadOrTrain_WithAnotherSetsModelUnderItsName_TrainsItsOwn()
    {
        var saved = new SavedClassifiers(folder.Path);
        var other = Greetings();
        var set = TrainingSet.Of([.. other.Examples, .. Examples(Intent.Mood(Temperament.Upset), "el cliente esta enojado", "esta muy molesto", "viene furioso")]);
        _ = saved.LoadOrTrain(other);
        File.Copy(saved.PathOf(other), saved.PathOf(set));

        var classifier = saved.LoadOrTrain(set);

        Assert.Contains(Intent.Mood(Temperament.Upset), classifier.Intents);
        Assert.Equal(Intent.Mood(Temperament.Upset), classifier.Rank("el cliente viene muy enojado")[0].Intent);
    }

    [Fact]
    public void LoadOrTrain_OnANewDataFolder_LoadsTheShippedModelAndWritesNothing()
    {
        using var shipped = new TemporaryFolder();
        var set = Greetings();
        var built = new SavedClassifiers(shipped.Path).LoadOrTrain(set);
        var shippedFile = new SavedClassifiers(shipped.Path).PathOf(set);
        File.SetLastWriteTimeUtc(shippedFile, LongAgo);

        var loaded = new SavedClassifiers(folder.Path, shipped: shipped.Path).LoadOrTrain(set);

        // Trained, it would have been saved in the data folder.
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(shippedFile));
        LinearIntentScorerTests.AssertSameRanking(built, loaded, "buenos dias");
    }

    [Fact]
    public void LoadOrTrain_WithACorruptShippedModel_TrainsIntoTheDataFolderAndLeavesTheShippedOne()
    {
        using var shipped = new TemporaryFolder();
        var set = Greetings();
        var shippedFile = new SavedClassifiers(shipped.Path).PathOf(set);
        File.WriteAllText(shippedFile, "not a model");

        var classifier = new SavedClassifiers(folder.Path, shipped: shipped.Path).LoadOrTrain(set);

        Assert.Equal(Intent.Command("new-service"), classifier.Rank("quiero abrir una atencion")[0].Intent);
        Assert.True(File.Exists(new SavedClassifiers(folder.Path).PathOf(set)));
        Assert.Equal("not a model", File.ReadAllText(shippedFile));
    }

    [Fact]
    public void LoadOrTrain_WithOtherExamplesThanTheShippedOnes_TrainsItsOwn()
    {
        using var shipped = new TemporaryFolder();
        var factory = Greetings();
        _ = new SavedClassifiers(shipped.Path).LoadOrTrain(factory);
        var edited = TrainingSet.Of([.. factory.Examples, .. Examples(Intent.Mood(Temperament.Upset), "el cliente esta enojado", "esta muy molesto", "viene furioso")]);

        var classifier = new SavedClassifiers(folder.Path, shipped: shipped.Path).LoadOrTrain(edited);

        Assert.Contains(Intent.Mood(Temperament.Upset), classifier.Intents);
        Assert.True(File.Exists(new SavedClassifiers(folder.Path).PathOf(edited)));
    }

    public void Dispose() => folder.Dispose();

    private static TrainingSet Greetings() => TrainingSet.Of(
    [
        .. Examples(Intent.Command("greeting"), "hola", "buenos dias", "buenas tardes", "que tal"),
        .. Examples(Intent.Command("new-service"), "nueva atencion", "abrir una atencion", "empezar a atender", "quiero abrir una atencion nueva"),
        .. Examples(Intent.Other, "el clima", "cuanto cuesta un cafe", "que hora es"),
    ]);

    private static IEnumerable<TrainingExample> Examples(Intent intent, params string[] texts) =>
        texts.Select(text => new TrainingExample(intent, text));

    /// <summary>The file as a build before exported scorers wrote it: the key, then ML.NET's model.</summary>
    private static byte[] WithoutScorer(byte[] file)
    {
        using var reader = new BinaryReader(new MemoryStream(file));
        var key = reader.ReadString();
        _ = reader.ReadInt32();
        reader.BaseStream.Position += reader.ReadInt32();
        var model = reader.ReadBytes((int)reader.ReadInt64());
        using var old = new MemoryStream();
        using (var writer = new BinaryWriter(old))
        {
            writer.Write(key);
            writer.Write(model);
        }

        return old.ToArray();
    }

    private static List<(Intent, float)> Ranking(IntentClassifier classifier, string text) =>
        [.. classifier.Rank(text).Select(score => (score.Intent, score.Probability))];
}
