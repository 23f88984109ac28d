using System.Text.Json;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.People;
using ServiceBot.Storage;

namespace ServiceBot.Turns;

/// <summary>
/// The start's synthetic conversation (<see cref="TurnPathWarmUp"/>) as a turn store: every turn begins a real
/// transaction and, where a turn commits, rehearses it instead (<see cref="ITurnTransaction.RehearseAsync"/>: the
/// writes run and are undone). What the earlier turns wrote (state, sessions, the live card's id once its card was
/// sent) is kept here, in memory, and read back as the store returns it, so the later turns run on a conversation under
/// way, as a real conversation's second and later turns do: the state read and parsed, a session in progress, the live
/// card updated, a card's button to press. Nothing reaches the database.
/// </summary>
internal sealed class RehearsedConversation(ITurnStore store) : ITurnStore
{
    /// <summary>The id the live card is noted under once a rehearsed turn sent it (the real one is the channel's).</summary>
    public const string LiveCardId = "warm-up-card";

    private readonly Dictionary<string, StoreItem> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoreItem> _sessions = new(StringComparer.Ordinal);

    public Task<ITurnTransaction> BeginAsync(string conversationKey, CancellationToken cancellationToken) =>
        BeginAsync(conversationKey, TurnReads.None, cancellationToken);

    public async Task<ITurnTransaction> BeginAsync(string conversationKey, TurnReads reads, CancellationToken cancellationToken) =>
        new Transaction(this, await store.BeginAsync(conversationKey, reads, cancellationToken));

    private sealed class Transaction(RehearsedConversation conversation, ITurnTransaction inner) : ITurnTransaction
    {
        private readonly List<StoreItem> _states = [];
        private readonly List<StoreItem> _sessions = [];
        private readonly List<string> _liveCards = [];

        public Task<ProcessedActivity?> FindProcessedAsync(ProcessedActivityKey key, CancellationToken cancellationToken) =>
            inner.FindProcessedAsync(key, cancellationToken);

        public Task<StoreItem?> ReadStateAsync(string key, CancellationToken cancellationToken) =>
            conversation._states.TryGetValue(key, out var item) ? Task.FromResult<StoreItem?>(item) : inner.ReadStateAsync(key, cancellationToken);

        public Task<ServiceSession?> ReadSessionAsync(string id, CancellationToken cancellationToken) =>
            conversation._sessions.TryGetValue(id, out var item)
                ? Task.FromResult<ServiceSession?>(JsonSerializer.Deserialize<ServiceSession>(item.Json, ProtocolJson.Options)! with { ETag = item.ETag })
                : inner.ReadSessionAsync(id, cancellationToken);

        public Task<bool> IsSupervisorOnlyAsync(PersonKey person, CancellationToken cancellationToken) =>
            inner.IsSupervisorOnlyAsync(person, cancellationToken);

        /// <summary>A document an earlier rehearsed turn wrote is not in the database: it is written there as new.</summary>
        public async Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            var etag = await inner.WriteStateAsync(key, json, conversation._states.ContainsKey(key) ? null : expectedETag, cancellationToken);
            _states.Add(new StoreItem(key, json, etag));
            return etag;
        }

        /// <summary>A session an earlier rehearsed turn wrote is not in the database: it is written there as new.</summary>
        public async Task<ServiceSession?> SaveSessionAsync(ServiceSession? before, ServiceSession? after, CancellationToken cancellationToken)
        {
            if (after is null || Equals(before, after))
            {
                return after;
            }

            var kept = conversation._sessions.ContainsKey(after.Id);
            var saved = await inner.SaveSessionAsync(kept ? null : before, kept ? after with { ETag = null } : after, cancellationToken);
            if (saved is not null)
            {
                _sessions.Add(new StoreItem(saved.Id, JsonSerializer.Serialize(saved with { ETag = null }, ProtocolJson.Options), saved.ETag!));
            }

            return saved;
        }

        public Task ScheduleAsync(ScheduledMessage message, CancellationToken cancellationToken) =>
            inner.ScheduleAsync(message, cancellationToken);

        public Task CancelScheduledAsync(string idPrefix, CancellationToken cancellationToken) =>
            inner.CancelScheduledAsync(idPrefix, cancellationToken);

        public Task RecordProcessedAsync(ProcessedActivity processed, CancellationToken cancellationToken) =>
            inner.RecordProcessedAsync(processed, cancellationToken);

        public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DateTimeOffset heldUntil, CancellationToken cancellationToken)
        {
            _liveCards.AddRange(messages.Select(message => message.LiveCardKey).OfType<string>());
            return inner.EnqueueAsync(messages, heldUntil, cancellationToken);
        }

        /// <summary>
        /// Rehearses instead of committing, then keeps what the turn wrote for the next turns, with the live card's id
        /// as the sender would note it once the card is sent (through <see cref="LiveCardStore.WriteAsync"/>, so in its
        /// own format).
        /// </summary>
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            foreach (var liveCard in _liveCards.Distinct(StringComparer.Ordinal))
            {
                await LiveCardStore.WriteAsync(this, liveCard, LiveCardId, cancellationToken);
            }

            await inner.RehearseAsync(cancellationToken);
            foreach (var item in _states)
            {
                conversation._states[item.Key] = item;
            }

            foreach (var item in _sessions)
            {
                conversation._sessions[item.Key] = item;
            }
        }

        public Task RehearseAsync(CancellationToken cancellationToken) => inner.RehearseAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
