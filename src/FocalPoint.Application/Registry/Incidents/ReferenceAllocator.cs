using System.Data.Common;
using System.Globalization;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// The one issuer of incident references (FP-2024-000123) for the form and the import. Each year's highest number ever
/// issued is kept in <c>ReferenceSeries</c> and only grows, so a reference freed by a deleted incident or a rolled-back
/// import is never given to another incident. The upsert locks the year's row until the caller commits: two writers
/// take turns instead of reading the same maximum, and the unique index on the reference remains the last guard.
/// </summary>
internal static class ReferenceAllocator
{
    public static string Format(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"FP-{year}-{number:D6}");

    /// <summary>Reserves <paramref name="count"/> numbers of the year inside the context's current transaction; returns the first.</summary>
    public static Task<int> ReserveAsync(FocalPointDbContext db, int year, int count, CancellationToken ct) =>
        ReserveAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), year, count, ct);

    public static async Task<int> ReserveAsync(DbConnection connection, DbTransaction? transaction, int year, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        // A database from before the series existed (or loaded in bulk by the demo) has references but no series row:
        // its highest reference is the floor.
        await using var highest = Command(connection, transaction,
            "SELECT \"Reference\" FROM \"Incidents\" WHERE \"Reference\" LIKE @prefix ORDER BY \"Reference\" DESC LIMIT 1", ("prefix", $"FP-{year}-%"));
        var last = await highest.ExecuteScalarAsync(ct) as string;
        var floor = last is not null && int.TryParse(last.AsSpan(last.LastIndexOf('-') + 1), CultureInfo.InvariantCulture, out var n) ? n : 0;

        await using var reserve = Command(connection, transaction,
            "INSERT INTO \"ReferenceSeries\" (\"Year\", \"LastNumber\") VALUES (@year, @floor + @count) ON CONFLICT (\"Year\") DO UPDATE SET "
            + "\"LastNumber\" = CASE WHEN \"ReferenceSeries\".\"LastNumber\" > @floor THEN \"ReferenceSeries\".\"LastNumber\" ELSE @floor END + @count "
            + "RETURNING \"LastNumber\"",
            ("year", year), ("floor", floor), ("count", count));
        var newLast = Convert.ToInt32(await reserve.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return newLast - count + 1;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant SQL; values are parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@" + name, value);
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
