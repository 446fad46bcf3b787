using FocalPoint.Data.Setup;

namespace FocalPoint.Data.Jobs;

/// <summary>
/// The lease table's four statements. Each is one atomic statement, written once for both providers: SQLite (3.35+)
/// and PostgreSQL share <c>INSERT ... ON CONFLICT ... DO UPDATE ... WHERE ... RETURNING</c>, and both lock the row (or
/// the database) for the statement, so two nodes acquiring at once get one token between them. Times come from the
/// callers' clocks: nodes keep them in step (NTP), and a lease lasts far longer than any skew.
/// </summary>
public static class LeaseStore
{
    /// <summary>Takes the lease when it is free (never held, released or expired); returns the new token, or null when held.</summary>
    public static async Task<long?> TryAcquireAsync(FocalPointDbContext db, string name, string owner, DateTime now, TimeSpan duration, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO "JobLeases" ("Name", "Owner", "Token", "AcquiredAtUtc", "RenewedAtUtc", "ExpiresAtUtc")
            VALUES (@name, @owner, 1, @now, @now, @expires)
            ON CONFLICT ("Name") DO UPDATE SET "Owner" = excluded."Owner", "Token" = "JobLeases"."Token" + 1,
                "AcquiredAtUtc" = excluded."AcquiredAtUtc", "RenewedAtUtc" = excluded."RenewedAtUtc", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE "JobLeases"."ExpiresAtUtc" <= excluded."AcquiredAtUtc"
            RETURNING "Token"
            """;
        var result = await RawSql.ScalarAsync(db, Sql, ct, ("name", name), ("owner", owner), ("now", now), ("expires", now + duration));
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Extends the lease while its token is still the holder's; false when another node took it over. An expired lease
    /// nobody took is still the holder's: no other run can have started. Inside a transaction this is the fencing
    /// check: on PostgreSQL it also locks the row, so no node takes the lease over until that transaction ends.
    /// </summary>
    public static async Task<bool> RenewAsync(FocalPointDbContext db, string name, string owner, long token, DateTime now, TimeSpan duration, CancellationToken ct)
    {
        const string Sql = """
            UPDATE "JobLeases" SET "RenewedAtUtc" = @now, "ExpiresAtUtc" = @expires
            WHERE "Name" = @name AND "Owner" = @owner AND "Token" = @token
            """;
        return await RawSql.ExecuteAsync(db, Sql, ct, ("name", name), ("owner", owner), ("token", token), ("now", now), ("expires", now + duration)) == 1;
    }

    /// <summary>Frees the lease at once (the holder and token stay for the record); nothing when it was taken over.</summary>
    public static async Task ReleaseAsync(FocalPointDbContext db, string name, string owner, long token, DateTime now, CancellationToken ct)
    {
        const string Sql = """
            UPDATE "JobLeases" SET "ExpiresAtUtc" = @now
            WHERE "Name" = @name AND "Owner" = @owner AND "Token" = @token
            """;
        await RawSql.ExecuteAsync(db, Sql, ct, ("name", name), ("owner", owner), ("token", token), ("now", now));
    }

    /// <summary>Asks for a run of the job on whichever node next finds it due; the lease itself is not touched.</summary>
    public static async Task RequestRunAsync(FocalPointDbContext db, string name, string requestedBy, DateTime now, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO "JobLeases" ("Name", "Owner", "Token", "AcquiredAtUtc", "RenewedAtUtc", "ExpiresAtUtc", "RunRequestedAtUtc", "RunRequestedBy")
            VALUES (@name, '', 0, @never, @never, @never, @now, @by)
            ON CONFLICT ("Name") DO UPDATE SET "RunRequestedAtUtc" = excluded."RunRequestedAtUtc", "RunRequestedBy" = excluded."RunRequestedBy"
            """;
        await RawSql.ExecuteAsync(db, Sql, ct, ("name", name), ("never", Never), ("now", now), ("by", requestedBy));
    }

    /// <summary>The time written for "never held": the Unix epoch, which both providers store without special cases.</summary>
    public static readonly DateTime Never = DateTime.UnixEpoch;
}
