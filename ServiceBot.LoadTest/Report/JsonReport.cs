using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceBot.LoadTest.Load;

namespace ServiceBot.LoadTest.Report;

/// <summary>The report as JSON, every figure included (the RSS trail, Connector calls by kind, error messages).</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(BenchmarkReport report) => JsonSerializer.Serialize(report, Options);
}
