using ServiceBot.Content;
using ServiceBot.Content.Revisions;

namespace ServiceBot.Web.Studio;

/// <summary>One file's text as the studio sends and receives it.</summary>
public sealed record StudioFile(string Path, string Text);

/// <summary>A draft as the studio holds it: the revision it started from and the files it changed.</summary>
public sealed record StudioDraft(long Parent, IReadOnlyList<StudioFile>? Changes);

/// <summary>What to check and preview: the draft, and the text being edited (a file and the YAML path inside it).</summary>
public sealed record StudioCheckRequest(long Parent, IReadOnlyList<StudioFile>? Changes, string? FocusFile, IReadOnlyList<string>? FocusPath);

public sealed record StudioSaveRequest(long Parent, IReadOnlyList<StudioFile>? Changes, string? Summary);

/// <summary>One error, with the same text <c>content validate</c> prints.</summary>
public sealed record StudioError(string File, int Line, int Column, string Message, string Formatted)
{
    public static StudioError From(ContentError error) => new(error.File, error.Line, error.Column, error.Message, error.Format());
}

public sealed record StudioRevision(
    long Id, long? Parent, string Hash, string Author, string Summary, string Origin, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy, bool Live)
{
    public static StudioRevision From(ContentRevision revision, long? live) => new(
        revision.Id, revision.Parent, revision.Hash, revision.Author, revision.Summary, revision.Origin.ToString(),
        revision.CreatedAt, revision.PublishedAt, revision.PublishedBy, revision.Id == live);
}

/// <summary>A card the draft would produce, in both languages, for the preview.</summary>
public sealed record StudioPreview(string Title, System.Text.Json.Nodes.JsonObject Es, System.Text.Json.Nodes.JsonObject En);
