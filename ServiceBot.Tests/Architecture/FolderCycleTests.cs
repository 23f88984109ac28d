using ServiceBot.Tests.Content;

namespace ServiceBot.Tests.Architecture;

/// <summary>
/// A ratchet on the dependency cycles between ServiceBot's folders: the edges on a cycle today are listed in
/// KnownCycleEdges.txt; a new one fails the build. Breaking a cycle (the layout of issue 11 item 8) shortens the list.
/// </summary>
public sealed class FolderCycleTests
{
    [Fact]
    public void Folders_GainNoNewDependencyOnACycle()
    {
        var known = File.ReadAllLines(Path.Combine(ContentFolders.Repository, "ServiceBot.Tests", "Architecture", "KnownCycleEdges.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

        var onCycles = FolderDependencies.EdgesOnCycles(FolderDependencies.Read(Path.Combine(ContentFolders.Repository, "ServiceBot")));

        var added = onCycles.Where(edge => !known.Contains(edge)).ToList();
        Assert.True(added.Count == 0, $"New dependencies between folders that close a cycle: {string.Join(", ", added)}. Depend the other way (an interface in the lower folder), or, if it is meant, add the edge to Architecture/KnownCycleEdges.txt.");
    }

    [Fact]
    public void EdgesOnCycles_FindsATwoWayDependencyAndLeavesAOneWayOneOut()
    {
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["Turns"] = ["Dialogs", "Storage"],
            ["Dialogs"] = ["Turns"],
        };

        Assert.Equal(["Dialogs -> Turns", "Turns -> Dialogs"], FolderDependencies.EdgesOnCycles(edges));
    }
}
