using ServiceBot.Storage;

namespace ServiceBot.Dialogs;

/// <summary>
/// Stores the sessions a turn produced. A session the turn opened is created; if a previous run of the same turn
/// already created it (same derived id), that one stands. A changed session is updated under its ETag, so a
/// concurrent change surfaces as a conflict and the turn runs again.
/// </summary>
public sealed class SessionWriter(IServiceSessionStore sessions)
{
    public async Task<ServiceSession?> SaveAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken)
    {
        if (after is null || Equals(before, after))
        {
            return after;
        }

        if (after.ETag is null)
        {
            try
            {
                return await sessions.CreateAsync(after, cancellationToken);
            }
            catch (StoreConflictException)
            {
                var existing = await sessions.GetAsync(after.Id, cancellationToken);
                if (existing is null)
                {
                    throw;
                }

                return existing;
            }
        }

        return await sessions.UpdateAsync(after, cancellationToken);
    }
}
