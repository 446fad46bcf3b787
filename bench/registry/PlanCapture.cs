using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FocalPoint.Bench.Registry;

/// <summary>
/// BENCH_EXPLAIN=1: keeps the commands EF sends, so that the plans the engine picks for them can be printed
/// (EXPLAIN / EXPLAIN QUERY PLAN) and a slow filter can be traced to an index.
/// </summary>
internal sealed class PlanCapture : DbCommandInterceptor
{
    public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>Prints each captured command and the engine's plan for it to stderr.</summary>
    public async Task PrintAsync(DbConnection connection, bool postgres, string title)
    {
        foreach (var (sql, parameters) in Commands)
        {
            await Console.Error.WriteLineAsync($"--- {title}\n{sql}");
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // EF's own SQL, parameters kept as parameters
            command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
#pragma warning restore CA2100
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                await Console.Error.WriteLineAsync("  " + reader.GetValue(reader.FieldCount - 1));
            }
        }

        Commands.Clear();
    }
}
