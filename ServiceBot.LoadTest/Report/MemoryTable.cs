using System.Globalization;
using System.Text;
using ServiceBot.LoadTest.Load;
using ServiceBot.LoadTest.Measurement;
using static ServiceBot.LoadTest.Report.Cells;

namespace ServiceBot.LoadTest.Report;

/// <summary>
/// Each run's resident memory by measured conversations (<see cref="MemoryGrowth"/>): the checkpoints, then the second
/// half's growth and slope, which tell a one-time step (near zero) from memory that grows with conversations.
/// </summary>
internal static class MemoryTable
{
    public static void Write(StringBuilder md, IReadOnlyList<TargetResult> results, bool severalRounds)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(results);
        var measured = results.Where(r => r.Memory.Growth is not null).ToList();
        if (measured.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("Resident memory (MB) after 1%, 10%, 25%, 50%, 75% and 100% of the measured conversations (the median of the readings over the 2% of conversations before each point); growth from halfway to the end, and the slope over the second half:").AppendLine();
        md.AppendLine("| bot | RSS MB by conversations | second half growth | slope, MB per 10k conversations |");
        md.AppendLine("| --- | --- | ---: | ---: |");
        foreach (var r in measured)
        {
            var growth = r.Memory.Growth!;
            var points = string.Join(" · ", growth.Checkpoints.Select(c => $"{Count(c.Conversations)}: {Number(c.ResidentMb, "0")}"));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name}{(severalRounds ? $", round {r.Round}" : string.Empty)} | {points} | {Number(growth.SecondHalfGrowthFraction * 100, "+0.0;-0.0;0.0")}% | {Number(growth.SecondHalfSlopeMbPer10k, "+0.00;-0.00;0.00")} |");
        }
    }
}
