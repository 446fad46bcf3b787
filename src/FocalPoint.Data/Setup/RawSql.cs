using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FocalPoint.Data.Setup;

/// <summary>
/// One parameterised statement on the context's connection (and its transaction, if any), for the few atomic upserts
/// written once for both providers (leases, rate counters) that EF cannot express.
/// </summary>
internal static class RawSql
{
    public static async Task<object?> ScalarAsync(FocalPointDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(db, sql, parameters, ct);
        return await command.ExecuteScalarAsync(ct);
    }

    public static async Task<int> ExecuteAsync(FocalPointDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(db, sql, parameters, ct);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<DbCommand> CommandAsync(FocalPointDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
