using BenchmarkDotNet.Running;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Not part of <c>dotnet test</c>. Run <c>dotnet run -c Release --project ServiceBot.Benchmarks -- --filter '*'</c>
/// (after <c>source .ci/start-postgres</c> to include PostgreSQL).
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
