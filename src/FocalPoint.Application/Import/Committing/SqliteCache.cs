using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// A larger SQLite page cache for the length of one import. A million incidents add millions of word-index rows with
/// random keys: with the default 2 MB cache every insert into that index reads and spills pages; 128 MB keeps the
/// index's hot pages in memory. Set back to the default afterwards, as the pooled connection outlives the import.
/// </summary>
internal sealed class SqliteCache : IAsyncDisposable
{
    private const int ImportKibibytes = 128 * 1024;
    private const int DefaultKibibytes = 2000;
    private readonly FocalPointDbContext? db;

    private SqliteCache(FocalPointDbContext? db) => this.db = db;

    public static async Task<SqliteCache> EnlargeAsync(FocalPointDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqliteCache(null);
        }

        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{ImportKibibytes}", ct);
        return new SqliteCache(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{DefaultKibibytes}", CancellationToken.None);
        }
    }
}
