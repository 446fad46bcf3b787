using System.Globalization;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Limits;

/// <summary>
/// The rate counters' two statements. Counting is one atomic upsert written once for both providers
/// (<c>INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING</c>, as the lease table's): concurrent attempts on several
/// nodes each get a distinct count, so no more than the limit pass in a window, however the requests are spread.
/// </summary>
public static class RateCounterStore
{
    /// <summary>Counts one attempt in the window starting at <paramref name="windowStartUtc"/>; returns the window's count, this one included.</summary>
    public static async Task<long> CountAsync(FocalPointDbContext db, string policy, long client, DateTime windowStartUtc, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO "RateCounters" ("Policy", "Client", "WindowStartUtc", "Count") VALUES (@policy, @client, @window, 1)
            ON CONFLICT ("Policy", "Client", "WindowStartUtc") DO UPDATE SET "Count" = "RateCounters"."Count" + 1
            RETURNING "Count"
            """;
        var count = await RawSql.ScalarAsync(db, Sql, ct, ("policy", policy), ("client", client), ("window", windowStartUtc));
        return Convert.ToInt64(count, CultureInfo.InvariantCulture);
    }

    /// <summary>Drops windows that started before <paramref name="beforeUtc"/>: they no longer limit anything.</summary>
    public static Task<int> DeleteBeforeAsync(FocalPointDbContext db, DateTime beforeUtc, CancellationToken ct) =>
        db.RateCounters.Where(c => c.WindowStartUtc < beforeUtc).ExecuteDeleteAsync(ct);

    /// <summary>The start of the fixed window holding <paramref name="nowUtc"/>: windows are aligned to the clock, the same on every node.</summary>
    public static DateTime WindowStart(DateTime nowUtc, TimeSpan window) =>
        new(nowUtc.Ticks - (nowUtc.Ticks % window.Ticks), DateTimeKind.Utc);
}
