using ServiceBot.Understanding;

namespace ServiceBot.Tests.Understanding;

public sealed class MLNetVersionTests
{
    [Fact]
    public void FromAppFolder_IsTheVersionOfTheMLNetAssemblyTheProcessLoads()
    {
        var fromFile = MLNetVersion.FromAppFolder();

        Assert.NotNull(fromFile);
        Assert.Equal(MLNetVersion.Loaded(), fromFile);
        Assert.Equal(fromFile, MLNetVersion.Current);
    }
}
