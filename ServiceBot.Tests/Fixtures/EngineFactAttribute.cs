using Xunit.Sdk;

namespace ServiceBot.Tests.Fixtures;

/// <summary>
/// A fact in an engine contract test class: it runs for SQLite, and for PostgreSQL under the same rules as
/// <see cref="PostgresFactAttribute"/> when the concrete class carries <see cref="RequiresPostgresAttribute"/>.
/// (The attribute sits on the shared base method, so the skip is decided per concrete class at discovery.)
/// </summary>
[XunitTestCaseDiscoverer("ServiceBot.Tests.Fixtures.EngineFactDiscoverer", "ServiceBot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute;
