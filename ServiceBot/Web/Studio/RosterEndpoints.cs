using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.WebIdentity;

namespace ServiceBot.Web.Studio;

/// <summary>
/// Editing the roster from the studio (admins only): <c>POST /admin/api/roster</c> applies a list of edits at once,
/// on the roster the admin read (its ETag, from <c>GET /people/roster</c>); a roster changed meanwhile answers 409.
/// </summary>
public static class RosterEndpoints
{
    public const int MaxChanges = 100;

    public static IEndpointRouteBuilder MapRosterEditing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(StudioEndpoints.Path + "/api/roster", ApplyAsync).RequireAuthorization(ServiceBotPolicies.Admin);
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(RosterEditRequest request, IRosterStore roster, CurrentPerson me, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ETag))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The roster's ETag is needed", detail: "Send the etag of the roster you edited (GET /people/roster).");
        }

        if (request.Changes is not { Count: > 0 and <= MaxChanges } edits)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No changes", detail: $"Send between 1 and {MaxChanges} changes.");
        }

        var changes = new List<RosterChange>();
        for (var i = 0; i < edits.Count; i++)
        {
            var (change, problem) = edits[i].ToChange(me.Key);
            if (change is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid change", detail: $"Change {i + 1}: {problem}.");
            }

            changes.Add(change);
        }

        try
        {
            var etag = await roster.ApplyAsync(changes, request.ETag.Trim('"'), me.Key.ObjectIdText, cancellationToken);
            return Results.Json(new { etag });
        }
        catch (StoreConflictException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The roster changed", detail: "Someone changed the roster since you opened it: reload it and make your change again.");
        }
        catch (RosterChangeException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The change cannot be made", detail: ex.Message);
        }
    }
}
