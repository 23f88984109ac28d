namespace ServiceBot.Tests.Browser;

/// <summary>The test classes that share one Chromium (<see cref="BrowserFixture"/>) for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
