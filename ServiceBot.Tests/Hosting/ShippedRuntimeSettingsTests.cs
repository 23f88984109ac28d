using System.Text.Json;

namespace ServiceBot.Tests.Hosting;

/// <summary>
/// The runtime settings the project ships, as the built <c>ServiceBot.runtimeconfig.json</c> hands them to the runtime
/// (the project file's properties and <c>RuntimeHostConfigurationOption</c> items, measured with the load benchmark:
/// docs/performance-history.md "Turn cost: what changed"): Workstation GC, no instrumented tier, tiered compilation with quick JIT on, and
/// the 20 ms call-counting delay. A setting dropped or renamed in the project file would otherwise change the
/// process's CPU per turn and start silently.
/// </summary>
public sealed class ShippedRuntimeSettingsTests
{
    [Fact]
    public void TheBuiltRuntimeConfig_CarriesTheMeasuredTieringAndGcSettings()
    {
        var properties = ConfigProperties();

        Assert.Equal("20", properties["System.Runtime.TieredCompilation.CallCountingDelayMs"].ToString());
        Assert.False(properties["System.Runtime.TieredPGO"].GetBoolean());
        Assert.False(properties["System.GC.Server"].GetBoolean());
        Assert.Equal(0, properties["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"].GetInt32());
        Assert.False(properties["System.Net.Http.EnableActivityPropagation"].GetBoolean());
        // Tiering itself and quick JIT stay on (both measured worse off: docs/performance-history.md "Turn cost").
        Assert.DoesNotContain("System.Runtime.TieredCompilation", properties.Keys);
        Assert.DoesNotContain("System.Runtime.TieredCompilation.QuickJit", properties.Keys);
        Assert.DoesNotContain("System.Runtime.TieredCompilation.QuickJitForLoops", properties.Keys);
    }

    /// <summary>The app's runtimeconfig.json as the build wrote it: copied next to the tests with the app.</summary>
    private static Dictionary<string, JsonElement> ConfigProperties()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "ServiceBot.runtimeconfig.json");
        Assert.True(File.Exists(file), $"{file} is missing: the app's build output is copied next to the tests");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").EnumerateObject()
            .ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
    }
}
