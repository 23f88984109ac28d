using ServiceBot.Admin;
using ServiceBot.Storage.Sql;
using ServiceBot.Tests.Fixtures;

namespace ServiceBot.Tests.Storage;

/// <summary>The <see cref="IMissedUtteranceStore"/> contract, run on both engines.</summary>
public abstract class MissedUtteranceStoreContractTests : StorageContractTests
{
    private protected MissedUtteranceStoreContractTests(Func<Task<IStorageTestEngine>> createEngine)
        : base(createEngine)
    {
    }

    private SqlMissedUtteranceStore CreateSut() => new(OpenDatabase());

    private MissedUtterance Miss(string key, string? text, string intent = "other", float confidence = 0.25f) =>
        new(key, text, "es", intent, "clarify", confidence, 1, Time.GetUtcNow(), Time.GetUtcNow());

    [EngineFact]
    public async Task Record_TheSameKeyTwice_CountsTwo_KeepsTheFirstSeenAndTheLatestGuess()
    {
        var sut = CreateSut();
        var first = Time.GetUtcNow();
        await sut.RecordAsync(Miss("es:ñero ya llego la doña", "Ñero, ya llegó la doña", "arrival", 0.31f));
        Time.Advance(TimeSpan.FromMinutes(5));

        await sut.RecordAsync(Miss("es:ñero ya llego la doña", "ñero ya llego la doña", "new-service", 0.35f));

        var miss = Assert.Single(await sut.ListAsync(first.AddDays(-1), 10));
        Assert.Equal(2, miss.Count);
        Assert.Equal("ñero ya llego la doña", miss.Text);
        Assert.Equal("new-service", miss.Intent);
        Assert.Equal(0.35, miss.Confidence, 3);
        Assert.Equal(first, miss.FirstSeen);
        Assert.Equal(Time.GetUtcNow(), miss.LastSeen);
    }

    [EngineFact]
    public async Task List_MostFrequentFirst_OnlySinceTheCutoff_AndPurgeDeletesTheOld()
    {
        var sut = CreateSut();
        await sut.RecordAsync(Miss("es:viejo", "viejo"));
        var cutoff = Time.GetUtcNow().AddMinutes(1);
        Time.Advance(TimeSpan.FromMinutes(2));
        await sut.RecordAsync(Miss("es:una vez", "una vez"));
        await sut.RecordAsync(Miss("es:dos veces", "dos veces"));
        await sut.RecordAsync(Miss("es:dos veces", "dos veces"));
        await sut.RecordAsync(Miss("intent:other", null));

        var listed = await sut.ListAsync(cutoff, 10);
        var purged = await sut.PurgeAsync(cutoff);

        Assert.Equal(["es:dos veces", "es:una vez", "intent:other"], listed.Select(m => m.Key).Take(1).Concat(listed.Skip(1).Select(m => m.Key).Order(StringComparer.Ordinal)));
        Assert.Null(listed.Single(m => m.Key == "intent:other").Text);
        Assert.Equal(1, purged);
        Assert.Equal(3, (await sut.ListAsync(DateTimeOffset.UnixEpoch, 10)).Count);
    }

    [EngineFact]
    public async Task Dismiss_TakesOneOffTheList()
    {
        var sut = CreateSut();
        await sut.RecordAsync(Miss("es:hola bot", "hola bot"));

        Assert.True(await sut.DismissAsync("es:hola bot"));
        Assert.False(await sut.DismissAsync("es:hola bot"));
        Assert.Empty(await sut.ListAsync(DateTimeOffset.UnixEpoch, 10));
    }
}
