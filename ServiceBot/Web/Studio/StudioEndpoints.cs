using ServiceBot.Content.Loading;
using ServiceBot.Content.Revisions;
using ServiceBot.Web.Legal;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Studio;

/// <summary>
/// The studio, <c>/admin</c>, for admins only: the page, and the JSON it works with under <c>/admin/api</c> —
/// the live content, checking and previewing a draft, saving it, publishing, the history and rollback.
/// Drafts travel as their parent revision plus the files changed; bad input gets 400/404/409/413/422 with a reason.
/// </summary>
public static class StudioEndpoints
{
    public const string Path = "/admin";

    public static IEndpointRouteBuilder MapStudio(this IEndpointRouteBuilder endpoints)
    {
        var studio = endpoints.MapGroup(Path).RequireAuthorization(ServiceBotPolicies.Admin);
        studio.MapGet("/", StudioPage.WriteAsync);
        var api = studio.MapGroup("/api");
        api.MapGet("/live", LiveAsync);
        api.MapGet("/revisions", RevisionsAsync);
        api.MapGet("/revisions/{id:long}/files", FilesAsync);
        api.MapPost("/check", CheckAsync);
        api.MapPost("/drafts", SaveAsync);
        api.MapPost("/revisions/{id:long}/publish", PublishAsync);
        api.MapPost("/revisions/{id:long}/rollback", RollbackAsync);
        api.MapMissedUtterances();
        endpoints.MapRosterEditing();
        endpoints.MapLegalPages();
        return endpoints;
    }

    private static async Task<IResult> LiveAsync(IContentRevisionStore revisions, StudioDraftFiles drafts, CancellationToken cancellationToken)
    {
        if (await revisions.GetLiveIdAsync(cancellationToken) is not { } live || await revisions.GetAsync(live, cancellationToken) is not { } revision
            || await drafts.ParentAsync(live, cancellationToken) is not { } files)
        {
            return Problem(StatusCodes.Status404NotFound, "No content is published", "The database has no published content revision yet.");
        }

        return Results.Json(new
        {
            revision = StudioRevision.From(revision, live),
            files = files.Files.Select(file => new StudioFile(file.Path, file.TryGetText() ?? string.Empty)),
        });
    }

    private static async Task<IResult> RevisionsAsync(IContentRevisionStore revisions, int? limit, CancellationToken cancellationToken)
    {
        var live = await revisions.GetLiveIdAsync(cancellationToken);
        var list = await revisions.ListAsync(Math.Clamp(limit ?? 50, 1, 500), cancellationToken);
        return Results.Json(list.Select(revision => StudioRevision.From(revision, live)));
    }

    private static async Task<IResult> FilesAsync(long id, StudioDraftFiles drafts, CancellationToken cancellationToken) =>
        await drafts.ParentAsync(id, cancellationToken) is { } files
            ? Results.Json(files.Files.Select(file => new StudioFile(file.Path, file.TryGetText() ?? string.Empty)))
            : NoSuchRevision(id);

    private static async Task<IResult> CheckAsync(StudioCheckRequest request, StudioDraftFiles drafts, ContentLoader loader, CancellationToken cancellationToken)
    {
        if (StudioDraftFiles.IsTooLarge(request.Changes))
        {
            return TooLarge();
        }

        var build = await drafts.BuildAsync(request.Parent, request.Changes, cancellationToken);
        if (build.Failed)
        {
            return build.Problem;
        }

        var files = build.Files;

        var result = await loader.ValidateAsync(files, cancellationToken);
        return Results.Json(new
        {
            hash = files.Hash,
            errors = result.Errors.Select(StudioError.From),
            previews = result.Snapshot is { } snapshot ? StudioCardPreview.For(snapshot, request.FocusFile, request.FocusPath) : null,
        });
    }

    private static async Task<IResult> SaveAsync(
        StudioSaveRequest request, StudioDraftFiles drafts, ContentPublisher publisher, CurrentPerson me, CancellationToken cancellationToken)
    {
        if (StudioDraftFiles.IsTooLarge(request.Changes))
        {
            return TooLarge();
        }

        if (string.IsNullOrWhiteSpace(request.Summary) || request.Summary.Length > 500)
        {
            return Problem(StatusCodes.Status400BadRequest, "A summary is needed", "Say in a few words what changed (up to 500 characters): it goes into the history.");
        }

        var build = await drafts.BuildAsync(request.Parent, request.Changes, cancellationToken);
        if (build.Failed)
        {
            return build.Problem;
        }

        var files = build.Files;

        var (saved, errors) = await publisher.SaveDraftAsync(
            new NewContentRevision(files, request.Parent, Author(me), request.Summary.Trim(), ContentOrigin.Studio), cancellationToken);
        return Results.Json(new { revision = StudioRevision.From(saved, null), errors = errors.Select(StudioError.From) });
    }

    private static Task<IResult> PublishAsync(long id, ContentPublisher publisher, CurrentPerson me, CancellationToken cancellationToken) =>
        PublishingAsync(id, () => publisher.PublishAsync(id, Author(me), cancellationToken));

    private static Task<IResult> RollbackAsync(long id, ContentPublisher publisher, CurrentPerson me, CancellationToken cancellationToken) =>
        PublishingAsync(id, () => publisher.RollbackAsync(id, Author(me), cancellationToken));

    private static async Task<IResult> PublishingAsync(long id, Func<Task<ContentRevision>> publish)
    {
        try
        {
            var published = await publish();
            return Results.Json(new { revision = StudioRevision.From(published, published.Id) });
        }
        catch (KeyNotFoundException)
        {
            return NoSuchRevision(id);
        }
        catch (ContentRevisionInvalidException ex)
        {
            return Results.Json(
                new { title = "The revision has errors", detail = "A revision with errors is saved as a draft but never published.", errors = ex.Errors.Select(StudioError.From) },
                statusCode: StatusCodes.Status422UnprocessableEntity,
                contentType: "application/problem+json");
        }
        catch (ContentRevisionConflictException ex)
        {
            return Results.Json(
                new { title = "Someone else published first", detail = ex.Message, live = ex.Live },
                statusCode: StatusCodes.Status409Conflict,
                contentType: "application/problem+json");
        }
    }

    /// <summary>Who did it, for the history: the name, and the Entra object id that does not change.</summary>
    private static string Author(CurrentPerson me) => me.IsLocal ? "local" : $"{me.DisplayName} ({me.Key.ObjectIdText})";

    private static IResult NoSuchRevision(long id) =>
        Problem(StatusCodes.Status404NotFound, "No such revision", $"There is no content revision {id}.");

    private static IResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge, "Too much at once", $"A draft may change at most {StudioDraftFiles.MaxChanges} files and {StudioDraftFiles.MaxTotalChars / (1024 * 1024)} MB of text.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
