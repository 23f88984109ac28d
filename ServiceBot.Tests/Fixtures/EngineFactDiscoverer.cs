using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceBot.Tests.Fixtures;

/// <summary>Discovers <see cref="EngineFactAttribute"/> tests as <see cref="EngineTestCase"/>s.</summary>
public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
    [
        new EngineTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod),
    ];
}
