using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.Content;
using ServiceBot.Content.Model;

namespace ServiceBot.Understanding;

/// <summary>
/// Trains the snapshot's intent classifier while the snapshot is loaded, so no request waits for it: a reload (a
/// content edit) goes live only once trained, and a training that fails rejects the edit. The process's first
/// snapshot is trained in the background instead, so the bot starts answering at once (about 1–2 s earlier on 2
/// cores): exact words ("hola", "nueva atención", a button) are understood meanwhile, and a sentence that needs the
/// classifier waits for the training. A restart whose examples did not change loads the classifier it saved. <see cref="UnderstandingModel.IsClassifierReady"/> says when it is done (/ready).
/// </summary>
/// <param name="saved">Where trained classifiers are kept between runs (the data folder); none: always trained.</param>
public sealed partial class UnderstandingSnapshotPreparer(ILogger<UnderstandingSnapshotPreparer>? logger = null, SavedClassifiers? saved = null) : IContentSnapshotPreparer
{
    private readonly ILogger logger = logger ?? NullLogger<UnderstandingSnapshotPreparer>.Instance;
    private int prepared;

    public string Name => "training the intent classifier on dialogs/understanding/";

    public void Prepare(ContentSnapshot snapshot)
    {
        if (Interlocked.Exchange(ref prepared, 1) == 1)
        {
            UnderstandingModels.Prepare(snapshot, saved);
            return;
        }

        var model = UnderstandingModels.For(snapshot, saved);
        _ = Task.Run(() =>
        {
            try
            {
                _ = model.Classifier;
            }
            catch (Exception ex)
            {
                BackgroundTrainingFailed(this.logger, ex);
            }
        });
    }

    [LoggerMessage(EventId = 13901, Level = LogLevel.Error, Message = "Training the intent classifier at start failed: sentences are not understood (exact words still are) until an edit of the examples trains it anew")]
    private static partial void BackgroundTrainingFailed(ILogger logger, Exception exception);
}
