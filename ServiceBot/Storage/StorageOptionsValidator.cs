using Microsoft.Extensions.Options;
using Npgsql;

namespace ServiceBot.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at startup; every message names the configuration key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add($"{Section}:DataFolder must name a folder for the SQLite database.");
        }

        if (options.Provider == StorageProvider.Postgres)
        {
            ValidateConnectionString(options.ConnectionString, failures);
        }

        ValidateDays(options.Retention.FeedbackCommentDays, "FeedbackCommentDays", failures);
        ValidateDays(options.Retention.SessionDays, "SessionDays", failures);
        if (options.Retention.ProcessedActivityHours is < 1 or > 24 * 365)
        {
            failures.Add($"{Section}:Retention:ProcessedActivityHours must be between 1 and {24 * 365} hours.");
        }

        if (options.Retention.PurgeInterval < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Section}:Retention:PurgeInterval must be at least 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnectionString(string? connectionString, List<string> failures)
    {
        const string Key = $"{Section}:ConnectionString";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"{Key} is required when {Section}:Provider is Postgres " +
                "(for example Host=db;Database=servicebot;Username=servicebot;Password=...).");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                failures.Add($"{Key} has no Host.");
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the offending keyword, never a value.
            failures.Add($"{Key} is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }

    private static void ValidateDays(int? days, string key, List<string> failures)
    {
        if (days is < 1 or > RetentionOptions.MaxDays)
        {
            failures.Add($"{Section}:Retention:{key} must be between 1 and {RetentionOptions.MaxDays} days, or absent to keep the data.");
        }
    }
}
