using ServiceBot.Storage;

namespace ServiceBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() => Assert.True(CreateSut().Validate(null, new StorageOptions()).Succeeded);

    [Fact]
    public void Validate_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        var result = CreateSut().Validate(null, new StorageOptions { Provider = StorageProvider.Postgres });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsNamingTheKeyWithoutTheSecret()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Hots=db;Password=s3cret" };

        var result = CreateSut().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL connection string", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionStringWithoutHost_Fails()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Database=servicebot" };

        Assert.Contains("Storage:ConnectionString has no Host", CreateSut().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RetentionOutOfRange_FailsNamingEachKey()
    {
        var options = new StorageOptions { Retention = new RetentionOptions { FeedbackCommentDays = 0, SessionDays = -3 } };

        var result = CreateSut().Validate(null, options);

        Assert.Contains("Storage:Retention:FeedbackCommentDays", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage:Retention:SessionDays", result.FailureMessage, StringComparison.Ordinal);
    }

    private static StorageOptionsValidator CreateSut() => new();
}
