using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace ServiceBot.Understanding;

/// <summary>
/// Trained intent classifiers kept in a folder (the instance's data folder), one file per training set and recipe,
/// so a restart with unchanged examples loads the model instead of training it (the training is the largest part
/// of the start). A file is used only when its key (the set's fingerprint, the recipe and the ML.NET version) is
/// the one asked for and the model loads with the set's intents; anything else (a missing, corrupt or foreign
/// file) is trained anew and the file replaced. Saving is best effort: a failure is logged and the bot goes on.
/// A <paramref name="shipped"/> folder (the one a Release build writes next to the app, <c>understanding train</c>)
/// is read after the data folder and never written: a first start on a new data folder whose examples are the
/// factory ones loads the classifier trained at build time. A file also holds the model's scoring exported without
/// ML.NET (<see cref="LinearIntentScorer"/>, checked against ML.NET on every example when it is saved), which a load
/// uses instead of ML.NET's model: milliseconds instead of most of a second of CPU at start.
/// </summary>
public sealed partial class SavedClassifiers(string folder, ILogger<SavedClassifiers>? logger = null, string? shipped = null)
{
    /// <summary>The folder next to the app where a Release build puts the classifier of the shipped examples.</summary>
    public const string ShippedFolderName = "classifiers";

    private const string FilePrefix = "intent-classifier-";
    private const string FileExtension = ".mlnet";

    // Ahead of an exported scorer; an ML.NET model (a zip) starts with "PK".
    private const int ScorerMarker = 0x31524353;

    private readonly ILogger logger = logger ?? NullLogger<SavedClassifiers>.Instance;

    public string Folder { get; } = folder;

    /// <summary>The saved classifier of <paramref name="set"/>, else one trained now and saved.</summary>
    public IntentClassifier LoadOrTrain(TrainingSet set, ClassifierRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        recipe ??= ClassifierRecipe.Default;
        var key = KeyOf(set, recipe);
        var path = PathOf(key);
        foreach (var candidate in shipped is null ? [path] : new[] { path, Path.Combine(shipped, Path.GetFileName(path)) })
        {
            if (TryLoad(candidate, key, set) is { } loaded)
            {
                Loaded(logger, candidate, loaded.TrainingTime.TotalMilliseconds, loaded.IsExported ? "its exported scoring, without ML.NET" : "ML.NET");
                if (!loaded.IsExported && candidate == path && Export(loaded, set) is { } scorer)
                {
                    // Saved before scorers were exported: the next start loads the exported one.
                    Save(path, key, loaded, scorer);
                }

                return loaded;
            }
        }

        var trained = IntentClassifier.Train(set, recipe);
        Save(path, key, trained, Export(trained, set));
        return trained;
    }

    /// <summary>Where the classifier of <paramref name="set"/> is kept.</summary>
    public string PathOf(TrainingSet set, ClassifierRecipe? recipe = null) => PathOf(KeyOf(set, recipe ?? ClassifierRecipe.Default));

    /// <summary>Deletes the folder's other classifiers (a build's output keeps only the one of its examples).</summary>
    public void KeepOnly(TrainingSet set, ClassifierRecipe? recipe = null)
    {
        var kept = PathOf(set, recipe);
        foreach (var file in Directory.Exists(Folder) ? Directory.GetFiles(Folder, FilePrefix + "*" + FileExtension) : [])
        {
            if (!string.Equals(Path.GetFullPath(file), Path.GetFullPath(kept), StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }

    private static string KeyOf(TrainingSet set, ClassifierRecipe recipe) =>
        $"{set.Fingerprint} {recipe} ML.NET {MLNetVersion.Current}";

    private string PathOf(string key) =>
        Path.Combine(Folder, FilePrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16] + FileExtension);

    private IntentClassifier? TryLoad(string path, string key, TrainingSet set)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            using var file = File.OpenRead(path);
            using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            var savedKey = reader.ReadString();
            if (savedKey != key)
            {
                throw new InvalidDataException($"it was saved for '{savedKey}'");
            }

            if (reader.ReadInt32() == ScorerMarker)
            {
                using var scorerBytes = new MemoryStream(reader.ReadBytes(reader.ReadInt32()));
                var scorer = LinearIntentScorer.Read(scorerBytes);
                if (reader.ReadInt64() != file.Length - file.Position)
                {
                    throw new InvalidDataException("it is cut short");
                }

                return IntentClassifier.FromScorer(scorer, set, Stopwatch.GetElapsedTime(started));
            }

            // Saved before scorers were exported: the ML.NET model follows the key.
            file.Position -= sizeof(int);

            // Read back alone, as it was written (see Save).
            using var model = new MemoryStream();
            file.CopyTo(model);
            model.Position = 0;
            return IntentClassifier.Load(model, set);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            Unusable(logger, path, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The key, then the exported scorer when there is one (a marker, its length, its bytes, and the model's length), then
    /// ML.NET's model, which training and any classifier that cannot be exported still use.
    /// </summary>
    private void Save(string path, string key, IntentClassifier classifier, LinearIntentScorer? scorer)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            // The zip's offsets count from the start of the stream it is written to, so it is written alone first.
            using var model = new MemoryStream();
            classifier.Save(model);
            Directory.CreateDirectory(Folder);
            using (var file = File.Create(temporary))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                writer.Write(key);
                if (scorer is not null)
                {
                    using var scorerBytes = new MemoryStream();
                    scorer.Write(scorerBytes);
                    writer.Write(ScorerMarker);
                    writer.Write((int)scorerBytes.Length);
                    writer.Write(scorerBytes.GetBuffer(), 0, (int)scorerBytes.Length);
                    writer.Write(model.Length);
                }

                writer.Write(model.GetBuffer(), 0, (int)model.Length);
            }

            // Whole or not at all: a reader never sees a half-written file, and two instances sharing the folder
            // write the same model.
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            NotSaved(logger, path, ex.Message);
            TryDelete(temporary);
        }
    }

    private LinearIntentScorer? Export(IntentClassifier classifier, TrainingSet set)
    {
        var scorer = classifier.Export(set, out var reason);
        if (scorer is null)
        {
            NotExported(logger, reason);
        }

        return scorer;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next save to overwrite under another name; nothing reads .tmp files.
        }
    }

    [LoggerMessage(EventId = 13902, Level = LogLevel.Information, Message = "Intent classifier loaded from {Path} in {Milliseconds:0} ms (the examples have not changed since it was trained); it scores with {Scoring}")]
    private static partial void Loaded(ILogger logger, string path, double milliseconds, string scoring);

    [LoggerMessage(EventId = 13905, Level = LogLevel.Information, Message = "The intent classifier's scoring was not exported ({Reason}): a start that loads it loads ML.NET")]
    private static partial void NotExported(ILogger logger, string reason);

    [LoggerMessage(EventId = 13903, Level = LogLevel.Warning, Message = "The saved intent classifier {Path} cannot be used ({Reason}): it is trained anew unless another saved copy fits")]
    private static partial void Unusable(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 13904, Level = LogLevel.Warning, Message = "The trained intent classifier could not be saved to {Path} ({Reason}): the next start trains it again")]
    private static partial void NotSaved(ILogger logger, string path, string reason);
}
