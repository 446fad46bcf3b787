using System.Globalization;
using System.Text;
using FocalPoint.Data.Bulk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Adds prefix-dictionary rows that may already be there (another incident holds the same word): INSERT ... ON
/// CONFLICT DO NOTHING, which SQLite and PostgreSQL both accept. A load into an empty dictionary that deduplicates
/// its rows itself takes the bulk path instead.
/// </summary>
public static class SearchPrefixWriter
{
    private const int RowsPerStatement = 500;

    public static async Task AddAsync(FocalPointDbContext db, List<SearchPrefix> rows, bool bulk, CancellationToken cancellationToken)
    {
        if (bulk)
        {
            await BulkWriter.InsertAsync(db, rows, cancellationToken);
            return;
        }

        var entity = db.Model.FindEntityType(typeof(SearchPrefix))!;
        var head = $"INSERT INTO \"{entity.GetTableName()}\" (\"{nameof(SearchPrefix.PrefixHash)}\", \"{nameof(SearchPrefix.TermHash)}\") VALUES ";
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            // The values are 64-bit hashes written as numbers, never text from input.
            var sql = new StringBuilder(head, head.Length + (chunk.Length * 44));
            sql.AppendJoin(',', chunk.Select(r => string.Create(CultureInfo.InvariantCulture, $"({r.PrefixHash},{r.TermHash})")));
            sql.Append(" ON CONFLICT DO NOTHING");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), cancellationToken);
        }
    }
}
