using Microsoft.Extensions.Options;
using ServiceBot.Admin;
using ServiceBot.Content.Editing;

namespace ServiceBot.Web.Studio;

/// <summary>An example to add to the draft: the intent it teaches, the words, their language ("es" or "en").</summary>
public sealed record StudioExampleRequest(long Parent, IReadOnlyList<StudioFile>? Changes, string? Intent, string? Text, string? Language);

public sealed record StudioDismissRequest(string? Key);

/// <summary>
/// What agents said that was not understood, in the studio: the list (count, last seen, best guess), adding one as an
/// example of an intent to the draft's dialogs/understanding/ file (the changed file comes back; the admin publishes
/// as usual), and taking one off the list.
/// </summary>
public static class MissedUtteranceEndpoints
{
    public const int MaxExampleLength = 200;

    public static RouteGroupBuilder MapMissedUtterances(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/misses", ListAsync);
        api.MapPost("/misses/example", AddExampleAsync);
        api.MapPost("/misses/dismiss", DismissAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(
        IMissedUtteranceStore store, IOptions<MissedUtteranceOptions> options, StudioDraftFiles drafts, Content.Revisions.IContentRevisionStore revisions,
        TimeProvider time, int? limit, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var since = time.GetUtcNow().AddDays(-settings.RetentionDays);
        await store.PurgeAsync(since, cancellationToken);
        var misses = await store.ListAsync(since, Math.Clamp(limit ?? 200, 1, 1000), cancellationToken);
        var live = await revisions.GetLiveIdAsync(cancellationToken) is { } id ? await drafts.ParentAsync(id, cancellationToken) : null;
        return Results.Json(new
        {
            keepText = settings.KeepText,
            retentionDays = settings.RetentionDays,
            intents = live is null ? [] : UnderstandingExamplePath.Intents(live),
            misses = misses.Select(miss => new
            {
                key = miss.Key,
                text = miss.Text,
                language = miss.Language,
                intent = miss.Intent,
                outcome = miss.Outcome,
                confidence = Math.Round(miss.Confidence, 2),
                count = miss.Count,
                firstSeen = miss.FirstSeen,
                lastSeen = miss.LastSeen,
            }),
        });
    }

    private static async Task<IResult> AddExampleAsync(StudioExampleRequest request, StudioDraftFiles drafts, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.Length > MaxExampleLength || text.Contains('\n', StringComparison.Ordinal))
        {
            return Problem(StatusCodes.Status400BadRequest, "Not an example", $"An example is one line of 1 to {MaxExampleLength} characters.");
        }

        if (UnderstandingExamplePath.For(request.Intent, request.Language ?? string.Empty) is not { } path)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown intent", $"'{request.Intent}' in '{request.Language}' is not an intent whose examples can be added (language es or en).");
        }

        if (StudioDraftFiles.IsTooLarge(request.Changes))
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Too much at once", $"A draft may change at most {StudioDraftFiles.MaxChanges} files.");
        }

        var build = await drafts.BuildAsync(request.Parent, request.Changes, cancellationToken);
        if (build.Failed)
        {
            return build.Problem;
        }

        var files = build.Files;

        if (UnderstandingExamplePath.FileOf(files, path) is not { } file || file.TryGetText() is not { } yaml)
        {
            return Problem(StatusCodes.Status404NotFound, "No examples for that intent", $"No file in understanding/ lists {string.Join(" / ", path)}.");
        }

        if (UnderstandingExamplePath.Lists(yaml, path, text))
        {
            return Problem(StatusCodes.Status409Conflict, "Already an example", $"'{text}' is already an example in {file.Path} ({string.Join(" / ", path)}).");
        }

        return Results.Json(new { file = new StudioFile(file.Path, YamlSequenceEditor.Append(yaml, path, text)), path });
    }

    private static async Task<IResult> DismissAsync(StudioDismissRequest request, IMissedUtteranceStore store, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Key) || request.Key.Length > 1024
            ? Problem(StatusCodes.Status400BadRequest, "No key", "Say which entry to take off the list.")
            : await store.DismissAsync(request.Key, cancellationToken)
                ? Results.NoContent()
                : Problem(StatusCodes.Status404NotFound, "Not on the list", "That entry is no longer on the list.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
