using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// Makes the audit tables append-only in the database itself, so that no code path (nor a careless SQL console
/// session) can change history. A DBA can drop the triggers; the hash chain and anchors are what catch that.
/// Created idempotently at every start rather than in the generated migrations, which are never hand-edited.
/// </summary>
public static class AuditTriggers
{
    public const string Message = "The audit log is append-only";

    private static readonly string[] Tables = ["AuditEntries", "AuditAnchors"];

    public static async Task EnsureAsync(FocalPointDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Nodes starting together would otherwise race on CREATE OR REPLACE ("tuple concurrently updated").
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(19780514201805)", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(PostgresFunction, cancellationToken);
            foreach (var table in Tables)
            {
                await db.Database.ExecuteSqlRawAsync(PostgresTriggers(table), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return;
        }

        foreach (var table in Tables)
        {
            await db.Database.ExecuteSqlRawAsync(SqliteTriggers(table), cancellationToken);
        }
    }

    private const string PostgresFunction = $"""
        CREATE OR REPLACE FUNCTION focalpoint_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Message}: % on % refused', TG_OP, TG_TABLE_NAME;
        END $$;
        """;

    private static string PostgresTriggers(string table) => $"""
        CREATE OR REPLACE TRIGGER "{table}_AppendOnly" BEFORE UPDATE OR DELETE ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION focalpoint_audit_append_only();
        CREATE OR REPLACE TRIGGER "{table}_NoTruncate" BEFORE TRUNCATE ON "{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION focalpoint_audit_append_only();
        """;

    private static string SqliteTriggers(string table) => $"""
        CREATE TRIGGER IF NOT EXISTS "{table}_NoUpdate" BEFORE UPDATE ON "{table}"
            BEGIN SELECT RAISE(ABORT, '{Message}: UPDATE on {table} refused'); END;
        CREATE TRIGGER IF NOT EXISTS "{table}_NoDelete" BEFORE DELETE ON "{table}"
            BEGIN SELECT RAISE(ABORT, '{Message}: DELETE on {table} refused'); END;
        """;
}
