using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// The understanding model of each content snapshot. <see cref="Prepare"/> trains it when a snapshot is built or
/// reloaded (off the request path), so requests find it ready; a snapshot nobody prepared (a test's own) is trained
/// on first use. A classifier is reused for any snapshot with the same examples (an edit to the phrases does not
/// retrain), and the last few are kept.
/// </summary>
public static class UnderstandingModels
{
    private const int ClassifiersKept = 8;

    private static readonly ConditionalWeakTable<ContentSnapshot, UnderstandingModel> BySnapshot = [];
    private static readonly ConcurrentDictionary<string, Lazy<IntentClassifier>> Classifiers = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Trained = new();

    public static UnderstandingModel For(ContentSnapshot content) =>
        BySnapshot.GetValue(content, snapshot => new UnderstandingModel(snapshot, ClassifierFor(TrainingSet.From(snapshot))));

    /// <summary>Trains (or finds) the snapshot's model now; returns it.</summary>
    public static UnderstandingModel Prepare(ContentSnapshot content)
    {
        var model = For(content);
        _ = model.Classifier;
        return model;
    }

    private static Lazy<IntentClassifier> ClassifierFor(TrainingSet set)
    {
        var added = false;
        var lazy = Classifiers.GetOrAdd(set.Fingerprint, _ =>
        {
            added = true;
            return new Lazy<IntentClassifier>(() => IntentClassifier.Train(set), LazyThreadSafetyMode.ExecutionAndPublication);
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
