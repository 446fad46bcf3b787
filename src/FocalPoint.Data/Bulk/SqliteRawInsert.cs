using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FocalPoint.Data.Bulk;

/// <summary>
/// The SQLite bulk path for tables whose columns are integers, reals, text, dates and times (every table an import writes):
/// one statement prepared on the connection's own handle, values bound by position, step, reset. Microsoft.Data.Sqlite
/// looks every parameter up by name and wraps each execution in a reader; for the word index, millions of two-column
/// rows, that bookkeeping cost more than SQLite's own insert. Other types (dates, decimals, blobs) keep the
/// Microsoft.Data.Sqlite path, whose text formats EF Core reads back.
/// </summary>
internal static class SqliteRawInsert
{
    private static readonly HashSet<Type> PlainTypes = [typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(string),
        typeof(DateTime), typeof(DateOnly)];

    public static bool Fits(BulkTable table) => table.Columns.All(c => PlainTypes.Contains(c.ProviderType));

    /// <summary>Inserts the rows; the caller holds the transaction (SQLite's, begun on this connection).</summary>
    public static void Insert<T>(SqliteConnection connection, BulkTable table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var handle = connection.Handle!;
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", table.Columns.Select(_ => "?"));
        Check(handle, raw.sqlite3_prepare_v2(handle, $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({values})", out sqlite3_stmt statement));
        using (statement)
        {
            var count = 0;
            foreach (var row in rows)
            {
                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                for (var i = 0; i < table.Columns.Count; i++)
                {
                    Bind(handle, statement, i + 1, table.Columns[i].Read(row!));
                }

                var step = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Check(handle, step);
                }
            }
        }
    }

    private static void Bind(sqlite3 handle, sqlite3_stmt statement, int index, object? value) => Check(handle, value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        short s => raw.sqlite3_bind_int64(statement, index, s),
        byte b => raw.sqlite3_bind_int64(statement, index, b),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        string s => raw.sqlite3_bind_text(statement, index, s),
        DateTime t => raw.sqlite3_bind_text(statement, index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a plain SQLite value."),
    });

    private static void Check(sqlite3 handle, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result, raw.sqlite3_extended_errcode(handle));
        }
    }
}
