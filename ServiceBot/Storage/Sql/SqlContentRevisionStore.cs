using System.Data.Common;
using System.Globalization;
using Dapper;
using ServiceBot.Content.Revisions;
using ServiceBot.Content.Sources;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// <see cref="IContentRevisionStore"/> in <c>content_revisions</c>, <c>content_revision_files</c> and
/// <c>content_live</c>. Publishing is one transaction: a compare-and-set of the live pointer from the draft's parent
/// (an UPDATE … WHERE revision = @parent, or the first INSERT … ON CONFLICT DO NOTHING), so of two drafts started
/// from the same parent exactly one goes live. On PostgreSQL the commit also notifies <see cref="NotifyChannel"/>.
/// </summary>
internal sealed class SqlContentRevisionStore(StorageDatabase database, TimeProvider time) : IContentRevisionStore
{
    public const string NotifyChannel = "servicebot_content";

    private const string Columns = """
        id AS Id, parent AS Parent, hash AS Hash, author AS Author, summary AS Summary, origin AS Origin,
        created_at AS CreatedAt, published_at AS PublishedAt, published_by AS PublishedBy
        """;

    public async Task<ContentRevision> SaveAsync(NewContentRevision revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revision);
        StorageArguments.Key(revision.Author, "revision.Author");
        ArgumentNullException.ThrowIfNull(revision.Summary);
        var files = revision.Files.Files
            .Select(file => new { path = file.Path, body = file.TryGetText() ?? throw new ArgumentException($"{file.Path} is not UTF-8 text: save it as UTF-8.", nameof(revision)) })
            .ToList();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"""
            INSERT INTO content_revisions (parent, hash, author, summary, origin, created_at)
            VALUES (@parent, @hash, @author, @summary, @origin, @now)
            RETURNING {Columns}
            """,
            new
            {
                parent = revision.Parent,
                hash = revision.Files.Hash,
                author = revision.Author,
                summary = revision.Summary,
                origin = revision.Origin.ToString(),
                now = UnixTime.ToMilliseconds(time.GetUtcNow()),
            },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO content_revision_files (revision, path, body) VALUES (@revision, @path, @body)",
            files.Select(file => new { revision = row.Id, file.path, file.body }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.ToRevision();
    }

    public async Task<ContentRevision?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public async Task<ContentFileSet?> GetFilesAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await GetAsync(connection, null, id, cancellationToken) is null)
        {
            return null;
        }

        var files = await connection.QueryAsync<FileRow>(new CommandDefinition(
            "SELECT path AS Path, body AS Body FROM content_revision_files WHERE revision = @id",
            new { id },
            cancellationToken: cancellationToken));
        return new ContentFileSet(files.Select(file => ContentFile.FromText(file.Path, file.Body)));
    }

    public async Task<long?> GetLiveIdAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LiveIdAsync(connection, null, cancellationToken);
    }

    public async Task<ContentRevision> PublishAsync(long id, string publishedBy, CancellationToken cancellationToken = default)
    {
        StorageArguments.Key(publishedBy, nameof(publishedBy));
        var now = UnixTime.ToMilliseconds(time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revision = await GetAsync(connection, transaction, id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no content revision {id}.");
        if (revision.IsPublished)
        {
            throw new ContentRevisionConflictException(string.Create(CultureInfo.InvariantCulture,
                $"Revision {id} was published already; to make it live again, roll back to it (that publishes a copy as a new revision)."));
        }

        var moved = revision.Parent is { } parent
            ? await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE content_live SET revision = @id, published_at = @now WHERE slot = 1 AND revision = @parent",
                new { id, now, parent }, transaction, cancellationToken: cancellationToken))
            : await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO content_live (slot, revision, published_at) VALUES (1, @id, @now) ON CONFLICT (slot) DO NOTHING",
                new { id, now }, transaction, cancellationToken: cancellationToken));
        if (moved != 1)
        {
            var live = await LiveIdAsync(connection, transaction, cancellationToken);
            throw new ContentRevisionConflictException(id, revision.Parent, live);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE content_revisions SET published_at = @now, published_by = @publishedBy WHERE id = @id",
            new { id, now, publishedBy }, transaction, cancellationToken: cancellationToken));
        if (database.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"SELECT pg_notify('{NotifyChannel}', @payload)",
                new { payload = id.ToString(CultureInfo.InvariantCulture) }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return revision with { PublishedAt = UnixTime.FromMilliseconds(now), PublishedBy = publishedBy };
    }

    public async Task<IReadOnlyList<ContentRevision>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM content_revisions ORDER BY id DESC LIMIT @limit",
            new { limit = (long)limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToRevision())];
    }

    public async Task<ContentRevision?> GetLatestAsync(IReadOnlyCollection<ContentOrigin> origins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origins);
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters();
        var names = origins.Select((origin, index) =>
        {
            parameters.Add($"origin{index}", origin.ToString());
            return $"@origin{index}";
        }).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM content_revisions WHERE origin IN ({string.Join(", ", names)}) ORDER BY id DESC LIMIT 1",
            parameters,
            cancellationToken: cancellationToken));
        return row?.ToRevision();
    }

    private static async Task<ContentRevision?> GetAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM content_revisions WHERE id = @id",
            new { id },
            transaction,
            cancellationToken: cancellationToken));
        return row?.ToRevision();
    }

    private static Task<long?> LiveIdAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT revision FROM content_live WHERE slot = 1", transaction: transaction, cancellationToken: cancellationToken));

    private sealed record FileRow(string Path, string Body);

    private sealed record Row(
        long Id, long? Parent, string Hash, string Author, string Summary, string Origin, long CreatedAt, long? PublishedAt, string? PublishedBy)
    {
        public ContentRevision ToRevision() => new(
            Id,
            Parent,
            Hash,
            Author,
            Summary,
            Enum.Parse<ContentOrigin>(Origin),
            UnixTime.FromMilliseconds(CreatedAt),
            UnixTime.FromMilliseconds(PublishedAt),
            PublishedBy);
    }
}
