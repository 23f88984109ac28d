using Microsoft.Extensions.Logging.Abstractions;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Proactive;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage.Postgres;

/// <summary>
/// On PostgreSQL the sent marks waiting in <see cref="OutboxSentMarks"/> are written by the next turn's commit, in its
/// own batch (no round trip nor transaction of their own); a turn that does not commit leaves them waiting, and the
/// flush writes them.
/// </summary>
[Collection(PostgresCollectionDefinition.Name)]
public sealed class PostgresSentMarksInTurnCommitTests(PostgresFixture fixture)
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(2);

    // Longer than any test: only a commit or a flush writes the marks.
    private static readonly TimeSpan NoWindow = TimeSpan.FromMinutes(10);

    [PostgresFact]
    public async Task ATurnsCommit_DeletesTheRowsWhoseMarksWait_InTheCommitsOwnRoundTrip()
    {
        await using var store = await Store.CreateAsync(fixture);
        var (outbox, marks, turns) = (store.Outbox, store.Marks, store.Turns);
        await CommitReplyAsync(turns, "t1");
        await CommitReplyAsync(turns, "t2");
        marks.Add("t1:0", TimeProvider.System.GetUtcNow());
        marks.Add("t2:0", TimeProvider.System.GetUtcNow());

        using var roundTrips = new NpgsqlRoundTrips(store.ConnectionString);
        await using (var turn = await turns.BeginAsync("msteams/conversations/c", new TurnReads(null, ["msteams/conversations/c"]), CancellationToken.None))
        {
            await turn.WriteStateAsync("msteams/conversations/c", """{"step":1}""", null, CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        // The reads, then the writes with the deletion and COMMIT: nothing else went to the server.
        var sent = roundTrips.Sent;
        Assert.True(sent.Count == 2, roundTrips.Describe());
        Assert.Contains("DELETE FROM outbox", sent[1], StringComparison.Ordinal);
        Assert.EndsWith("COMMIT", sent[1].TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(await outbox.ListPendingAsync(CancellationToken.None));
        Assert.Empty(marks.Take());
    }

    [PostgresFact]
    public async Task ATurnThatDoesNotCommit_LeavesTheMarksWaiting_AndTheFlushWritesThem()
    {
        await using var store = await Store.CreateAsync(fixture);
        var (outbox, marks, turns) = (store.Outbox, store.Marks, store.Turns);
        await CommitReplyAsync(turns, "t1");
        await new SqlStateStore(store.Database, TimeProvider.System).WriteAsync("msteams/conversations/c", """{"step":1}""", null);
        marks.Add("t1:0", TimeProvider.System.GetUtcNow());

        await using (var turn = await turns.BeginAsync("msteams/conversations/c", CancellationToken.None))
        {
            // Created by the turn, but it exists: the commit fails and rolls back, the deletion with it.
            await turn.WriteStateAsync("msteams/conversations/c", """{"step":2}""", null, CancellationToken.None);
            await Assert.ThrowsAsync<StoreConflictException>(() => turn.CommitAsync(CancellationToken.None));
        }

        Assert.Equal("t1:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
        await marks.FlushAsync();
        Assert.Empty(await outbox.ListPendingAsync(CancellationToken.None));
    }

    [PostgresFact]
    public async Task ARehearsal_TakesNoMarks()
    {
        await using var store = await Store.CreateAsync(fixture);
        var (outbox, marks, turns) = (store.Outbox, store.Marks, store.Turns);
        await CommitReplyAsync(turns, "t1");
        marks.Add("t1:0", TimeProvider.System.GetUtcNow());

        await using (var turn = await turns.BeginAsync("msteams/conversations/c", CancellationToken.None))
        {
            await turn.WriteStateAsync("msteams/conversations/c", """{"step":1}""", null, CancellationToken.None);
            await turn.RehearseAsync(CancellationToken.None);
        }

        Assert.Equal("t1:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
        var waiting = marks.Take();
        Assert.Equal("t1:0", Assert.Single(waiting).Id);
        // Whoever takes marks reports how its commit ended; until then a flush (and so disposal) waits for it.
        marks.NotWritten(waiting);
    }

    /// <summary>A new database with its outbox, the sent marks (no window of their own) and the turn store that carries them.</summary>
    private sealed class Store : IAsyncDisposable
    {
        private Store(string connectionString, PostgresDatabase database)
        {
            ConnectionString = connectionString;
            Database = database;
            Outbox = new SqlOutboxStore(database);
            Marks = new OutboxSentMarks(Outbox, NullLogger<OutboxSentMarks>.Instance) { Window = NoWindow };
            Turns = new PostgresTurnStore(database, TimeProvider.System, Marks);
        }

        public string ConnectionString { get; }

        public PostgresDatabase Database { get; }

        public SqlOutboxStore Outbox { get; }

        public OutboxSentMarks Marks { get; }

        public PostgresTurnStore Turns { get; }

        public static async Task<Store> CreateAsync(PostgresFixture fixture)
        {
            var connectionString = await fixture.CreateDatabaseAsync();
            return new Store(connectionString, new PostgresDatabase(connectionString, TimeProvider.System, NullLogger<StorageDatabase>.Instance));
        }

        public async ValueTask DisposeAsync()
        {
            await Marks.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private static async Task CommitReplyAsync(PostgresTurnStore turns, string turnId)
    {
        await using var turn = await turns.BeginAsync($"msteams/conversations/{turnId}", CancellationToken.None);
        await turn.EnqueueAsync([Reply(turnId)], TimeProvider.System.GetUtcNow() + HoldFor, CancellationToken.None);
        await turn.CommitAsync(CancellationToken.None);
    }

    private static OutboxMessage Reply(string turnId) => new(
        $"{turnId}:0", turnId, 0, "a:1", "https://smba.trafficmanager.net/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null,
        Activity.CreateMessage("Listo") with { Conversation = new ConversationAccount { Id = "a:1" } });
}
