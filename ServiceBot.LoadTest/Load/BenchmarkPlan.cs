using ServiceBot.LoadTest.Bots;

namespace ServiceBot.LoadTest.Load;

/// <summary>What one sitting measures: the scripts, the floor bot, the bots under test on their databases, how, and how many rounds.</summary>
internal sealed record BenchmarkPlan
{
    public required IReadOnlyList<string> ScriptPaths { get; init; }

    /// <summary>The floor bot's dll, or null to measure without a floor (no ratios).</summary>
    public string? FloorDll { get; init; }

    /// <summary>Every bot under test on every storage engine here.</summary>
    public required IReadOnlyList<(string Label, string DllPath)> Bots { get; init; }

    public required IReadOnlyList<StorageEngine> Storages { get; init; }

    public string? PostgresConnectionString { get; init; }

    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    public LoadSettings Settings { get; init; } = new();

    /// <summary>How many times the whole set of runs is repeated, each round's order starting further along by an even share of the runs (<c>--rounds</c>).</summary>
    public int Rounds { get; init; } = 1;

    public required string OutputFolder { get; init; }

    /// <summary>A line printed above the tables (e.g. "trial on a busy machine").</summary>
    public string? Note { get; init; }

    /// <summary>The runs of one round in the planned order: the floor, then every bot on every database.</summary>
    public IEnumerable<BotTarget> Targets()
    {
        if (FloorDll is not null)
        {
            yield return new BotTarget("floor", FloorDll, StorageEngine.None, IsFloor: true);
        }

        foreach (var (label, dll) in Bots)
        {
            foreach (var storage in Storages)
            {
                yield return new BotTarget(label, dll, storage);
            }
        }
    }
}
