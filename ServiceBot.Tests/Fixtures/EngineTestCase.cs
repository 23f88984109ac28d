using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceBot.Tests.Fixtures;

/// <summary>A test case skipped when its class needs PostgreSQL and none is configured outside CI.</summary>
public sealed class EngineTestCase : XunitTestCase
{
    [Obsolete("For the xunit deserializer only.")]
    public EngineTestCase()
    {
    }

    public EngineTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any()
            ? PostgresTestEnvironment.SkipReason ?? base.GetSkipReason(factAttribute)
            : base.GetSkipReason(factAttribute);
}
