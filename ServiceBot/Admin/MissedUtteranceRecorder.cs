using Microsoft.Extensions.Options;
using ServiceBot.Localization;
using ServiceBot.Understanding;

namespace ServiceBot.Admin;

/// <summary>
/// Keeps each message the bot did not act on for the studio's list: the same words (normalised: case, accents,
/// punctuation) in one language count as one row. With <see cref="MissedUtteranceOptions.KeepText"/> off, only the
/// best guess is counted. Old rows are purged now and then; a failure is the caller's to log, never the turn's.
/// </summary>
public sealed class MissedUtteranceRecorder(IMissedUtteranceStore store, IOptions<MissedUtteranceOptions> options, TimeProvider time)
{
    private const int PurgeEvery = 500;
    private int recorded;

    public async Task RecordAsync(UnderstandingMiss miss, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(miss);
        var settings = options.Value;
        var code = language == Language.English ? "en" : "es";
        var text = Cap(miss.Text.Trim());
        var normalized = Cap(TextNormalizer.Normalize(text));
        if (settings.KeepText && normalized.Length == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var key = settings.KeepText ? $"{code}:{normalized}" : $"intent:{miss.Intent}";
        await store.RecordAsync(
            new MissedUtterance(key, settings.KeepText ? text : null, code, miss.Intent, miss.Outcome, miss.Confidence, 1, now, now),
            cancellationToken);
        if (Interlocked.Increment(ref recorded) % PurgeEvery == 1)
        {
            await store.PurgeAsync(now.AddDays(-settings.RetentionDays), cancellationToken);
        }
    }

    private static string Cap(string text) => text.Length <= MissedUtteranceOptions.MaxTextLength ? text : text[..MissedUtteranceOptions.MaxTextLength];
}
