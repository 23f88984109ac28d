using ServiceBot.LoadTest.Load;

namespace ServiceBot.LoadTest.Report;

/// <summary>Writes a sitting's report beside its logs: report.md (for the README) and report.json (every figure).</summary>
internal static class ReportFiles
{
    public static async Task<string> WriteAsync(BenchmarkReport report, string folder, string? note, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var markdown = MarkdownReport.Write(report, note);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonReport.Write(report), cancellationToken);
        return markdown;
    }
}
