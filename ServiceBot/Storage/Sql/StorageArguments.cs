using System.Text.Json;

namespace ServiceBot.Storage.Sql;

/// <summary>Argument checks shared by the stores, so bad input gets a clear answer before any SQL runs.</summary>
internal static class StorageArguments
{
    public const int MaxKeyLength = 1024;

    public static string Key(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }

        return value.Length <= MaxKeyLength
            ? value
            : throw new ArgumentException($"{name} is longer than {MaxKeyLength} characters.", name);
    }

    public static void Json(string? json, string name)
    {
        ArgumentNullException.ThrowIfNull(json, name);
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{name} is not valid JSON: {ex.Message}", name, ex);
        }
    }

    public static void ETag(string? etag, string name)
    {
        if (etag is not null && string.IsNullOrWhiteSpace(etag))
        {
            throw new ArgumentException($"{name} must be null (create), \"*\" (overwrite) or an ETag that was read.", name);
        }
    }
}
