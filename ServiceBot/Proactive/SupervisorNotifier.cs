using ServiceBot.BotFramework.Schema;
using ServiceBot.People;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>
/// An agent's call for help: sends one activity to every supervisor the roster names for the agent
/// (<see cref="IRosterStore.GetSupervisorsOfAgentAsync"/>: their team's, else the default team's, which holds
/// <see cref="ProactiveOptions.Supervisors"/>), in their most recent 1:1 chat with the bot, with a Teams activity-feed
/// alert. One supervisor failing never stops the others; the result says who could not be reached.
/// </summary>
public sealed class SupervisorNotifier(
    IRosterStore roster,
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    ILogger<SupervisorNotifier> logger)
{
    /// <summary>Sends the message to the default team's supervisors (the agent is not known).</summary>
    public Task<SupervisorCallResult> CallAsync(Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return CallAsync(agent: null, _ => message, cancellationToken);
    }

    /// <summary>
    /// Composes the message for each of the agent's supervisors from their chat's reference, e.g. in the language
    /// they use. A null agent (no Entra identity, as in the Emulator) reaches the default team's supervisors.
    /// </summary>
    public async Task<SupervisorCallResult> CallAsync(PersonKey? agent, Func<ConversationReference, Activity> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var supervisors = (await roster.GetSupervisorsOfAgentAsync(agent, cancellationToken))
            .Select(person => person.Key.ObjectIdText)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (supervisors.Count == 0)
        {
            ProactiveLog.NoSupervisors(logger);
            return new SupervisorCallResult(0, []);
        }

        var reached = await Task.WhenAll(supervisors.Select(supervisor => CallOneAsync(supervisor, compose, cancellationToken)));
        var unreachable = supervisors.Where((_, i) => !reached[i]).ToList();
        ProactiveLog.SupervisorsCalled(logger, supervisors.Count - unreachable.Count, unreachable.Count);
        return new SupervisorCallResult(supervisors.Count - unreachable.Count, unreachable);
    }

    /// <summary>
    /// The supervisor's 1:1 chat: a personal conversation, most recent first; failing that one with no type that is not
    /// a group (the Emulator and some channels leave the type out). Never a group chat or a channel, where others would read it.
    /// </summary>
    internal static StoredConversationReference? PickOneOnOne(IReadOnlyList<StoredConversationReference> candidates) =>
        candidates.FirstOrDefault(r => string.Equals(r.Reference.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)) ??
        candidates.FirstOrDefault(r => r.Reference.Conversation is { ConversationType: null, IsGroup: not true });

    private async Task<bool> CallOneAsync(string supervisor, Func<ConversationReference, Activity> compose, CancellationToken cancellationToken)
    {
        try
        {
            var reference = PickOneOnOne(await references.FindByAadObjectIdAsync(supervisor, cancellationToken));
            if (reference is null)
            {
                ProactiveLog.SupervisorWithoutReference(logger, supervisor);
                return false;
            }

            await messenger.SendAsync(reference, TeamsNotification.WithAlert(compose(reference.Reference)), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ProactiveMessenger.IsRefused(ex))
        {
            ProactiveLog.SupervisorRefused(logger, supervisor);
            return false;
        }
        catch (Exception ex) when (ProactiveMessenger.IsBlocked(ex))
        {
            ProactiveLog.SupervisorBlocked(logger, supervisor);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProactiveLog.SupervisorCallFailed(logger, ex, supervisor);
            return false;
        }
    }
}
