namespace ServiceBot.Tests.Fixtures;

/// <summary>Marks a test class whose <see cref="EngineFactAttribute"/> tests run against PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;
