using System.Collections.Concurrent;
using ServiceBot.BotFramework.Schema;
using ServiceBot.Storage;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IScheduledMessageStore"/> contract, run on both engines.</summary>
public abstract class ScheduledMessageStoreContractTests : StorageContractTests
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(1);

    private protected ScheduledMessageStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    private DateTimeOffset Now => Time.GetUtcNow();

    [EngineFact]
    public async Task Schedule_SameIdTwice_KeepsTheFirstAndReturnsFalse()
    {
        var sut = CreateSut();

        Assert.True(await sut.ScheduleAsync(Message("waiting:s1:0:2", Now, "primero")));
        Assert.False(await sut.ScheduleAsync(Message("waiting:s1:0:2", Now.AddHours(1), "segundo")));

        var claimed = Assert.Single(await sut.ClaimDueAsync(Now, 10, ClaimFor));
        Assert.Equal("primero", claimed.Activity.Text);
        Assert.Equal(Now, claimed.DueAt);
    }

    [EngineFact]
    public async Task Schedule_ThenClaim_RoundTripsTheActivity()
    {
        var sut = CreateSut();
        var activity = Activity.CreateMessage("¿Sigue esperando el cliente?") with
        {
            Locale = "es-MX",
            ChannelData = ProtocolJson.ToElement(new { notification = new { alert = true } }),
        };

        await sut.ScheduleAsync(new ScheduledMessage("m1", "a:conv", "29:agent", Now, activity));
        var claimed = Assert.Single(await sut.ClaimDueAsync(Now, 10, ClaimFor));

        Assert.Equal(("m1", "a:conv", "29:agent", 1), (claimed.Id, claimed.ConversationId, claimed.UserId, claimed.Attempts));
        Assert.Equal(ProtocolJson.ToElement(activity).GetRawText(), ProtocolJson.ToElement(claimed.Activity).GetRawText());
    }

    [EngineFact]
    public async Task ClaimDue_MixOfDueAndFuture_ReturnsOnlyTheDueOnesEarliestFirstUpToTheLimit()
    {
        var sut = CreateSut();
        await sut.ScheduleAsync(Message("late", Now.AddMinutes(-1)));
        await sut.ScheduleAsync(Message("later", Now));
        await sut.ScheduleAsync(Message("earliest", Now.AddMinutes(-5)));
        await sut.ScheduleAsync(Message("future", Now.AddMilliseconds(1)));

        var first = await sut.ClaimDueAsync(Now, 2, ClaimFor);
        var second = await sut.ClaimDueAsync(Now, 2, ClaimFor);

        Assert.Equal(["earliest", "late"], first.Select(message => message.Id));
        Assert.Equal(["later"], second.Select(message => message.Id));
        Assert.Empty(await sut.ClaimDueAsync(Now, 10, ClaimFor));
    }

    [EngineFact]
    public async Task ClaimDue_ManyConcurrentClaimersOnSeveralInstances_NeverGetTheSameMessage()
    {
        const int Messages = 60;
        var setup = CreateSut();
        for (var i = 0; i < Messages; i++)
        {
            await setup.ScheduleAsync(Message($"m{i:D3}", Now.AddSeconds(-i)));
        }

        var instances = Enumerable.Range(0, 4).Select(_ => CreateSut()).ToList();
        var claims = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            var sut = instances[worker % instances.Count];
            IReadOnlyList<ScheduledMessage> batch;
            do
            {
                batch = await sut.ClaimDueAsync(Now, 3, ClaimFor);
                foreach (var message in batch)
                {
                    claims.Add(message.Id);
                }
            }
            while (batch.Count > 0);
        })));

        Assert.Equal(Messages, claims.Count);
        Assert.Equal(Messages, claims.Distinct().Count());
    }

    [EngineFact]
    public async Task ClaimDue_AfterTheClaimExpired_ClaimsItAgainAndCountsTheAttempt()
    {
        var sut = CreateSut();
        await sut.ScheduleAsync(Message("m1", Now));
        Assert.Single(await sut.ClaimDueAsync(Now, 10, ClaimFor));

        Time.Advance(ClaimFor - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await sut.ClaimDueAsync(Now, 10, ClaimFor));
        Time.Advance(TimeSpan.FromMilliseconds(1));
        var again = Assert.Single(await sut.ClaimDueAsync(Now, 10, ClaimFor));

        Assert.Equal(2, again.Attempts);
    }

    [EngineFact]
    public async Task MarkSent_ThenClaimLater_NeverReturnsItAgain()
    {
        var sut = CreateSut();
        await sut.ScheduleAsync(Message("m1", Now));
        Assert.Single(await sut.ClaimDueAsync(Now, 10, ClaimFor));

        await sut.MarkSentAsync("m1", Now);
        Time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await sut.ClaimDueAsync(Now, 10, ClaimFor));
        Assert.False(await sut.ScheduleAsync(Message("m1", Now)));
        Assert.Empty(await sut.ListPendingAsync("m"));
    }

    [EngineFact]
    public async Task Cancel_ByPrefix_DeletesOnlyUnsentMessagesWhoseIdStartsWithItLiterally()
    {
        var sut = CreateSut();
        string[] ids =
        [
            "waiting:s%1:0:1", "waiting:s%1:0:2", "waiting:sX1:0:1", "waiting:s%1:1:1",
            "w_1:a", "wx1:a", "WAITING:s%1:0:3", "waiting:s%1:0:sent",
        ];
        foreach (var id in ids)
        {
            await sut.ScheduleAsync(Message(id, Now.AddMinutes(1)));
        }

        await sut.MarkSentAsync("waiting:s%1:0:sent", Now);

        Assert.Equal(2, await sut.CancelAsync("waiting:s%1:0:"));
        Assert.Equal(1, await sut.CancelAsync("w_1:"));
        Assert.Equal(0, await sut.CancelAsync("nothing:"));

        var left = await sut.ListPendingAsync("w");
        Assert.Equal(["waiting:s%1:1:1", "waiting:sX1:0:1", "wx1:a"], left.Select(message => message.Id).Order(StringComparer.Ordinal));
        Assert.Single(await sut.ListPendingAsync("WAITING:"));
    }

    [EngineFact]
    public async Task ListPending_ReturnsUnsentMessagesWithThePrefixEarliestFirst()
    {
        var sut = CreateSut();
        await sut.ScheduleAsync(Message("waiting:s1:0:2", Now.AddMinutes(10)));
        await sut.ScheduleAsync(Message("waiting:s1:0:1", Now.AddMinutes(5)));
        await sut.ScheduleAsync(Message("waiting:s2:0:1", Now.AddMinutes(1)));

        var pending = await sut.ListPendingAsync("waiting:s1:");

        Assert.Equal(["waiting:s1:0:1", "waiting:s1:0:2"], pending.Select(message => message.Id));
        Assert.Equal(Now.AddMinutes(5), pending[0].DueAt);
    }

    [EngineFact]
    public async Task PurgeBefore_DeletesSentAndStaleMessagesOnly()
    {
        var sut = CreateSut();
        await sut.ScheduleAsync(Message("sent-old", Now.AddDays(-10)));
        await sut.ScheduleAsync(Message("sent-recent", Now.AddDays(-10)));
        await sut.ScheduleAsync(Message("stale", Now.AddDays(-10)));
        await sut.ScheduleAsync(Message("pending", Now.AddDays(-1)));
        await sut.MarkSentAsync("sent-old", Now.AddDays(-9));
        await sut.MarkSentAsync("sent-recent", Now.AddDays(-1));

        var purged = await sut.PurgeBeforeAsync(Now.AddDays(-5));

        Assert.Equal(2, purged);
        Assert.Single(await sut.ListPendingAsync("pending"));
        Assert.False(await sut.ScheduleAsync(Message("sent-recent", Now)));
        Assert.True(await sut.ScheduleAsync(Message("sent-old", Now)));
        Assert.True(await sut.ScheduleAsync(Message("stale", Now)));
    }

    [EngineFact]
    public async Task Schedule_WithoutIdOrConversation_ThrowsArgumentException()
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentException>(() => sut.ScheduleAsync(Message(" ", Now)));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.ScheduleAsync(Message("m1", Now) with { ConversationId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.CancelAsync(""));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.ClaimDueAsync(Now, 0, ClaimFor));
    }

    private static ScheduledMessage Message(string id, DateTimeOffset dueAt, string text = "Recordatorio") =>
        new(id, "a:1qhNLqGYjR-personal", "29:agent", dueAt, Activity.CreateMessage(text));

    private SqlScheduledMessageStore CreateSut() => new(OpenDatabase(), Time);
}
