using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// The understanding model of each content snapshot. <see cref="Prepare"/> trains it when a snapshot is built or
/// reloaded (off the request path), so requests find it ready; a snapshot nobody prepared (a test's own) is trained
/// on first use. With <see cref="SavedClassifiers"/> a classifier trained by an earlier run is loaded instead. A classifier is reused for any snapshot with the same examples (an edit to the phrases does not
/// retrain), and the last few are kept.
/// </summary>
public static class UnderstandingModels
{
    private const int ClassifiersKept = 8;

    private static readonly ConditionalWeakTable<ContentSnapshot, UnderstandingModel> BySnapshot = [];
    private static readonly ConcurrentDictionary<string, Lazy<IntentClassifier>> Classifiers = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Trained = new();

    public static UnderstandingModel For(ContentSnapshot content) => For(content, saved: null);

    /// <param name="saved">Where a classifier this call has to make is loaded from, or trained and saved to.</param>
    public static UnderstandingModel For(ContentSnapshot content, SavedClassifiers? saved) =>
        BySnapshot.GetValue(content, snapshot => new UnderstandingModel(snapshot, ClassifierFor(TrainingSet.From(snapshot), saved)));

    /// <summary>Trains (or finds) the snapshot's model now; returns it.</summary>
    public static UnderstandingModel Prepare(ContentSnapshot content, SavedClassifiers? saved = null)
    {
        var model = For(content, saved);
        _ = model.Classifier;
        return model;
    }

    private static Lazy<IntentClassifier> ClassifierFor(TrainingSet set, SavedClassifiers? saved)
    {
        var added = false;
        var lazy = Classifiers.GetOrAdd(set.Fingerprint, _ =>
        {
            added = true;
            return new Lazy<IntentClassifier>(
                () => saved is null ? IntentClassifier.Train(set) : saved.LoadOrTrain(set),
                LazyThreadSafetyMode.ExecutionAndPublication);
        });
        if (added)
        {
            Remember(set.Fingerprint);
        }

        return lazy;
    }

    private static void Remember(string fingerprint)
    {
        Trained.Enqueue(fingerprint);
        while (Trained.Count > ClassifiersKept && Trained.TryDequeue(out var oldest))
        {
            if (oldest != fingerprint)
            {
                Classifiers.TryRemove(oldest, out _);
            }
        }
    }
}
