using System.Data.Common;

namespace ServiceBot.Storage;

/// <summary>
/// One write on a writer connection: inside <paramref name="transaction"/> when the engine batches it with others
/// (SQLite's group commit), or a statement that commits by itself when <paramref name="transaction"/> is null.
/// </summary>
internal delegate Task StorageWrite(DbConnection connection, DbTransaction? transaction);
