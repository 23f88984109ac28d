using System.Text.Json;
using Dapper;
using ServiceBot.BotFramework.Connector;
using ServiceBot.BotFramework.Deduplication;
using ServiceBot.BotFramework.Schema;
using ServiceBot.People;
using ServiceBot.Storage;
using ServiceBot.Storage.Postgres;
using ServiceBot.Storage.Sql;
using ServiceBot.Storage.Sqlite;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>
/// The <see cref="ITurnStore"/> contract, run on both engines: a turn's writes land together or not at all, and a
/// stale ETag rolls back all of them. SQLite runs through its group commit, PostgreSQL through one transaction under
/// the conversation's advisory lock.
/// </summary>
public abstract class TurnStoreContractTests : StorageContractTests
{
    private const string Key = "msteams/conversations/a:1Xq9@thread.tacv2;messageid=1";

    private protected TurnStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    [EngineFact]
    public async Task Commit_WritesEverythingOfTheTurnTogether()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);

        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            Assert.Null(await turn.ReadStateAsync(Key, CancellationToken.None));
            await turn.SaveSessionAsync(null, Session("s1"), CancellationToken.None);
            await turn.WriteStateAsync(Key, """{"step":1}""", null, CancellationToken.None);
            await turn.ScheduleAsync(Reminder("waiting:s1:0:2"), CancellationToken.None);
            await turn.RecordProcessedAsync(new ProcessedActivity(Activity("a1"), InvokeResponse.Ok(new { ok = true })), CancellationToken.None);
            await turn.EnqueueAsync([Reply("t1")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        Assert.Equal("""{"step":1}""", (await new SqlStateStore(database, Time).ReadAsync(Key))?.Json);
        Assert.NotNull(await new SqlServiceSessionStore(database, Time).GetAsync("s1"));
        Assert.Single(await new SqlScheduledMessageStore(database, Time).ListPendingAsync("waiting:s1:"));
        Assert.Equal(200, (await new SqlProcessedActivityStore(database, Time).FindAsync(Activity("a1"), CancellationToken.None))?.Response?.Status);
        Assert.Equal("t1:0", Assert.Single(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None)).Id);
    }

    [EngineFact]
    public async Task Commit_StoresTheInvokeAnswerAndTheReplyAsTextAsWritten()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        var reply = Reply("t1") with { Activity = Message with { Text = "¿Cómo está el cliente? “Listo” ✓" } };

        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await turn.RecordProcessedAsync(new ProcessedActivity(Activity("a1"), InvokeResponse.Ok(new { text = "Atención cerrada ✓" })), CancellationToken.None);
            await turn.EnqueueAsync([reply], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        var found = await new SqlProcessedActivityStore(database, Time).FindAsync(Activity("a1"), CancellationToken.None);
        Assert.Equal("Atención cerrada ✓", ((JsonElement)found!.Response!.Body!).GetProperty("text").GetString());
        Assert.Equal(reply.ActivityJson, Assert.Single(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None)).ActivityJson);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var storedAs = database is PostgresDatabase
            ? "SELECT pg_typeof(o.activity_json)::text || ',' || pg_typeof(p.invoke_body)::text FROM outbox o, processed_activities p"
            : "SELECT typeof(o.activity_json) || ',' || typeof(p.invoke_body) FROM outbox o, processed_activities p";
        Assert.Equal("text,text", await connection.ExecuteScalarAsync<string>(storedAs));
    }

    [EngineFact]
    public async Task Dispose_WithoutCommit_WritesNothing()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);

        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await turn.WriteStateAsync(Key, """{"step":1}""", null, CancellationToken.None);
            await turn.ScheduleAsync(Reminder("waiting:s1:0:2"), CancellationToken.None);
        }

        Assert.Null(await new SqlStateStore(database, Time).ReadAsync(Key));
        Assert.Empty(await new SqlScheduledMessageStore(database, Time).ListPendingAsync("waiting:"));
    }

    [EngineFact]
    public async Task Rehearse_RunsTheWritesAndKeepsNone_WhileATurnCommittedBesideItStands()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        const string other = "msteams/conversations/a:other";

        await using (var rehearsal = await sut.BeginAsync(Key, CancellationToken.None))
        await using (var turn = await sut.BeginAsync(other, CancellationToken.None))
        {
            await rehearsal.SaveSessionAsync(null, Session("s1"), CancellationToken.None);
            await rehearsal.WriteStateAsync(Key, """{"step":1}""", null, CancellationToken.None);
            await rehearsal.ScheduleAsync(Reminder("waiting:s1:0:2"), CancellationToken.None);
            await rehearsal.RecordProcessedAsync(new ProcessedActivity(Activity("a1"), InvokeResponse.Ok()), CancellationToken.None);
            await rehearsal.EnqueueAsync([Reply("t1")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.WriteStateAsync(other, """{"step":9}""", null, CancellationToken.None);
            await Task.WhenAll(rehearsal.RehearseAsync(CancellationToken.None), turn.CommitAsync(CancellationToken.None));
        }

        Assert.Null(await new SqlStateStore(database, Time).ReadAsync(Key));
        Assert.Null(await new SqlServiceSessionStore(database, Time).GetAsync("s1"));
        Assert.Empty(await new SqlScheduledMessageStore(database, Time).ListPendingAsync("waiting:"));
        Assert.Null(await new SqlProcessedActivityStore(database, Time).FindAsync(Activity("a1"), CancellationToken.None));
        Assert.Empty(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None));
        Assert.Equal("""{"step":9}""", (await new SqlStateStore(database, Time).ReadAsync(other))?.Json);
    }

    [EngineFact]
    public async Task Rehearse_AStaleETag_StillThrowsTheConflict()
    {
        var database = OpenDatabase();
        var (state, first) = await StaleETagAsync(database);
        var sut = CreateSut(database);

        await Assert.ThrowsAsync<StoreConflictException>(async () =>
        {
            await using var turn = await sut.BeginAsync(Key, CancellationToken.None);
            await turn.WriteStateAsync(Key, """{"step":3}""", first, CancellationToken.None);
            await turn.RehearseAsync(CancellationToken.None);
        });

        Assert.Equal("""{"step":2}""", (await state.ReadAsync(Key))?.Json);
    }

    [EngineFact]
    public async Task LiveCardId_IsWrittenWithTheTurn_AndNotWithoutItsCommit()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        var liveCards = new LiveCardStore(new SqlStateStore(database, Time));

        await using (var crashed = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await crashed.WriteStateAsync(Key, """{"step":1}""", null, CancellationToken.None);
            await LiveCardStore.WriteAsync(crashed, Key, "msg-lost", CancellationToken.None);
        }

        Assert.Null(await liveCards.GetAsync(Key, CancellationToken.None));

        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await turn.WriteStateAsync(Key, """{"step":1}""", null, CancellationToken.None);
            await LiveCardStore.WriteAsync(turn, Key, "msg-1", CancellationToken.None);
            await turn.EnqueueAsync([Reply("t1")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        Assert.Equal("msg-1", await liveCards.GetAsync(Key, CancellationToken.None));
        await using (var next = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await LiveCardStore.WriteAsync(next, Key, "msg-2", CancellationToken.None);
            await next.CommitAsync(CancellationToken.None);
        }

        Assert.Equal("msg-2", await liveCards.GetAsync(Key, CancellationToken.None));
    }

    [EngineFact]
    public async Task StaleETag_RollsBackTheWholeTurn()
    {
        var database = OpenDatabase();
        var (state, first) = await StaleETagAsync(database);
        var sut = CreateSut(database);

        await Assert.ThrowsAsync<StoreConflictException>(async () =>
        {
            await using var turn = await sut.BeginAsync(Key, CancellationToken.None);
            await turn.ScheduleAsync(Reminder("waiting:s1:0:2"), CancellationToken.None);
            await turn.EnqueueAsync([Reply("t1")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.WriteStateAsync(Key, """{"step":3}""", first, CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        });

        Assert.Equal("""{"step":2}""", (await state.ReadAsync(Key))?.Json);
        Assert.Empty(await new SqlScheduledMessageStore(database, Time).ListPendingAsync("waiting:"));
        Assert.Empty(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None));
    }

    [EngineFact]
    public async Task ReadsNamedAtBegin_AnswerAsTheyWouldAlone_AndAStaleSessionRollsBackTheTurn()
    {
        var database = OpenDatabase();
        var state = new SqlStateStore(database, Time);
        var sessions = new SqlServiceSessionStore(database, Time);
        var stored = await sessions.CreateAsync(Session("s1"));
        var stateETag = await state.WriteAsync(Key, """{"activeSessionId":"s1"}""", null);
        var sut = CreateSut(database);
        await CommitRecordAsync(sut, InvokeResponse.Ok(new { first = true }));
        await state.WriteAsync(Key + "/other", """{"other":true}""", null);
        var reads = new TurnReads(Activity("a1"), [Key, Key + "/missing", Key + "/other"]) { Session = new SessionInState(Key, "activeSessionId") };

        await Assert.ThrowsAsync<StoreConflictException>(async () =>
        {
            await using var turn = await sut.BeginAsync(Key, reads, CancellationToken.None);
            Assert.Equal(200, (await turn.FindProcessedAsync(Activity("a1"), CancellationToken.None))?.Response?.Status);
            Assert.Null(await turn.FindProcessedAsync(Activity("a2"), CancellationToken.None));
            Assert.Equal(stateETag, (await turn.ReadStateAsync(Key, CancellationToken.None))?.ETag);
            Assert.Null(await turn.ReadStateAsync(Key + "/missing", CancellationToken.None));
            Assert.Equal("""{"other":true}""", (await turn.ReadStateAsync(Key + "/other", CancellationToken.None))?.Json);
            var session = await turn.ReadSessionAsync("s1", CancellationToken.None);
            Assert.Equal(stored.ETag, session?.ETag);
            await sessions.UpdateAsync(stored with { TeamId = "elsewhere" });
            await turn.WriteStateAsync(Key, """{"activeSessionId":"s1","n":2}""", stateETag, CancellationToken.None);
            await turn.SaveSessionAsync(session, session! with { TeamId = "t-2" }, CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        });

        Assert.Equal(stateETag, (await state.ReadAsync(Key))?.ETag);
        Assert.Equal("elsewhere", (await sessions.GetAsync("s1"))?.TeamId);
    }

    [EngineFact]
    public async Task SupervisorOnly_AskedInTheTurn_AnswersAsTheRosterDoes_AndSeesAChangeAtTheNextTurn()
    {
        var database = OpenDatabase();
        var roster = new SqlRosterStore(database, Time);
        var carla = new PersonKey(Guid.Parse("0c000000-0000-4000-8000-000000000003"), Guid.Parse("0c000000-0000-4000-8000-000000000004"));
        var ana = new PersonKey(carla.TenantId, Guid.Parse("0a000000-0000-4000-8000-000000000001"));
        var etag = await roster.ApplyAsync(
            [new RosterChange.SaveTeam("mostrador", "Mostrador"), new RosterChange.AddSupervisor(new Person(carla, "Carla Soto"), "mostrador")],
            ETags.Any,
            RosterSeed.Author);
        var sut = CreateSut(database);

        await using (var turn = await sut.BeginAsync(Key, new TurnReads(null, [Key]) { SupervisorOnly = carla }, CancellationToken.None))
        {
            Assert.True(await turn.IsSupervisorOnlyAsync(carla, CancellationToken.None));
            Assert.False(await turn.IsSupervisorOnlyAsync(ana, CancellationToken.None));
        }

        await roster.ApplyAsync([new RosterChange.AssignAgent(new Person(carla, "Carla Soto"), "mostrador")], etag, RosterSeed.Author);

        await using (var turn = await sut.BeginAsync(Key, new TurnReads(null, [Key]) { SupervisorOnly = carla }, CancellationToken.None))
        {
            Assert.False(await turn.IsSupervisorOnlyAsync(carla, CancellationToken.None));
        }
    }

    [EngineFact]
    public async Task RecordProcessed_Twice_ConflictsAndKeepsTheFirstOutcome()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        await CommitRecordAsync(sut, InvokeResponse.Ok(new { first = true }));

        await Assert.ThrowsAsync<StoreConflictException>(() => CommitRecordAsync(sut, InvokeResponse.Ok(new { second = true })));

        var found = await new SqlProcessedActivityStore(database, Time).FindAsync(Activity("a1"), CancellationToken.None);
        Assert.True(Assert.IsType<System.Text.Json.JsonElement>(found?.Response?.Body).TryGetProperty("first", out _));
    }

    [EngineFact]
    public async Task CreateState_WhenTheKeyExists_ConflictsAndRollsBackTheTurn()
    {
        var database = OpenDatabase();
        var state = new SqlStateStore(database, Time);
        await state.WriteAsync(Key, """{"step":1}""", null);
        var sut = CreateSut(database);

        await Assert.ThrowsAsync<StoreConflictException>(async () =>
        {
            await using var turn = await sut.BeginAsync(Key, CancellationToken.None);
            await turn.EnqueueAsync([Reply("t1")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.RecordProcessedAsync(new ProcessedActivity(Activity("a1"), null), CancellationToken.None);
            await turn.WriteStateAsync(Key, """{"step":9}""", null, CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        });

        Assert.Equal("""{"step":1}""", (await state.ReadAsync(Key))?.Json);
        Assert.Null(await new SqlProcessedActivityStore(database, Time).FindAsync(Activity("a1"), CancellationToken.None));
        Assert.Empty(await new SqlOutboxStore(database).ListPendingAsync(CancellationToken.None));
    }

    [EngineFact]
    public async Task ConcurrentTurns_OnManyConversations_AllCommit()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var turn = await sut.BeginAsync($"{Key}-{i}", CancellationToken.None);
            await turn.WriteStateAsync($"{Key}-{i}", $$"""{"n":{{i}}}""", null, CancellationToken.None);
            await turn.ScheduleAsync(Reminder($"waiting:s{i}:0:2"), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }));

        Assert.Equal(20, (await new SqlScheduledMessageStore(database, Time).ListPendingAsync("waiting:")).Count);
    }

    [EngineFact]
    public async Task MarkSent_SeveralRowsInOneWrite_LeavesOnlyTheOthersPendingAndDue()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await turn.EnqueueAsync([Reply("t1"), Reply("t2"), Reply("t3")], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        var outbox = new SqlOutboxStore(database);
        await outbox.MarkSentAsync([new("t1:0", Time.GetUtcNow()), new("t3:0", Time.GetUtcNow())], CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal("t2:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
        Assert.Equal("t2:0", Assert.Single(await outbox.ClaimDueAsync(Time.GetUtcNow(), 10, TimeSpan.FromMinutes(2), CancellationToken.None)).Id);
        // A sent row is deleted (nothing reads it; a mark would rewrite the whole row, and SQLite kept them all).
        await using var connection = await database.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox"));
    }

    [EngineFact]
    public async Task SentReplies_LeaveNoRows_SoTheOutboxStopsGrowing()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        var outbox = new SqlOutboxStore(database);
        await using var connection = await database.OpenAsync(CancellationToken.None);

        // Round after round of turns whose replies are sent: the table holds what is still to send, never the history.
        for (var round = 0; round < 5; round++)
        {
            var ids = new List<OutboxSentMark>();
            for (var i = 0; i < 40; i++)
            {
                var turnId = $"r{round}-t{i}";
                await using var turn = await sut.BeginAsync($"{Key}-{i}", CancellationToken.None);
                await turn.EnqueueAsync([Reply(turnId)], Time.GetUtcNow().AddMinutes(2), CancellationToken.None);
                await turn.CommitAsync(CancellationToken.None);
                ids.Add(new OutboxSentMark($"{turnId}:0", Time.GetUtcNow()));
            }

            Assert.Equal(40L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox"));
            await outbox.MarkSentAsync(ids, CancellationToken.None);
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox"));
            Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [EngineFact]
    public async Task Purge_DeletesFinishedRowsPastTheCutoff_AndNeverAPendingOne()
    {
        var database = OpenDatabase();
        var sut = CreateSut(database);
        var outbox = new SqlOutboxStore(database);
        var old = Time.GetUtcNow();
        var count = SqlOutboxStore.PurgeBatchSize * 2 + 7;
        await using (var turn = await sut.BeginAsync(Key, CancellationToken.None))
        {
            await turn.EnqueueAsync([.. Enumerable.Range(0, count).Select(i => Reply($"sent{i}")), Reply("pending"), Reply("given-up"), Reply("given-up-late")], old.AddMinutes(2), CancellationToken.None);
            await turn.CommitAsync(CancellationToken.None);
        }

        // Rows marked sent as a database did before sent rows were deleted, still there after an upgrade.
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("UPDATE outbox SET sent_at = @at, claimed_until = NULL WHERE id LIKE 'sent%'", new { at = UnixTime.ToMilliseconds(old) });
        await outbox.GiveUpAsync("given-up:0", old, CancellationToken.None);
        Time.Advance(TimeSpan.FromHours(30));
        await outbox.GiveUpAsync("given-up-late:0", Time.GetUtcNow(), CancellationToken.None);

        var purged = await outbox.PurgeBeforeAsync(Time.GetUtcNow().AddHours(-24), CancellationToken.None);

        Assert.Equal(count + 1, purged);
        var left = (await connection.QueryAsync<string>("SELECT id FROM outbox ORDER BY id")).ToList();
        Assert.Equal(["given-up-late:0", "pending:0"], left);
        Assert.Equal("pending:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);

        // However long it waits (its channel down for days), a row not yet sent nor given up is never purged.
        Time.Advance(TimeSpan.FromDays(30));
        await outbox.PurgeBeforeAsync(Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal("pending:0", Assert.Single(await outbox.ListPendingAsync(CancellationToken.None)).Id);
    }

    private static async Task CommitRecordAsync(ITurnStore sut, InvokeResponse response)
    {
        await using var turn = await sut.BeginAsync(Key, CancellationToken.None);
        await turn.RecordProcessedAsync(new ProcessedActivity(Activity("a1"), response), CancellationToken.None);
        await turn.CommitAsync(CancellationToken.None);
    }

    private ITurnStore CreateSut(StorageDatabase database)
    {
        if (database is PostgresDatabase postgres)
        {
            return new PostgresTurnStore(postgres, Time);
        }

        // It holds no thread between commits; the database it wrote to is disposed by the base.
        return new SqliteTurnStore(database, new SqliteGroupCommit(database), Time);
    }

    /// <summary>State at <see cref="Key"/> written twice: the store, and the first ETag, now stale.</summary>
    private async Task<(SqlStateStore State, string StaleETag)> StaleETagAsync(StorageDatabase database)
    {
        var state = new SqlStateStore(database, Time);
        var first = await state.WriteAsync(Key, """{"step":1}""", null);
        await state.WriteAsync(Key, """{"step":2}""", first);
        return (state, first);
    }

    private ServiceSession Session(string id) => new() { Id = id, AgentId = "29:agent", StartedAt = Time.GetUtcNow() };

    private ScheduledMessage Reminder(string id) => new(id, "a:1", "29:agent", Time.GetUtcNow().AddMinutes(2), Message);

    private static ProcessedActivityKey Activity(string id) => new("msteams", "a:1", id);

    private static OutboxMessage Reply(string turnId) =>
        new($"{turnId}:0", turnId, 0, "a:1", "https://smba.trafficmanager.net/amer/", ServiceUrlProvenance.VerifiedChannel, OutboxKind.Send, null, Message);

    private static Activity Message => global::ServiceBot.BotFramework.Schema.Activity.CreateMessage("Listo") with
    {
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
