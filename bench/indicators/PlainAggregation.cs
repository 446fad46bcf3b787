using System.Data.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Bench.Registry;

namespace FocalPoint.Bench.Indicators;

/// <summary>
/// The reference: the dashboard's incident aggregation (by kind, directorate, municipality and month over the scope,
/// under the analyst's need-to-know) written as one grouped SQL statement for the engine, run through plain ADO.NET.
/// </summary>
internal static class PlainAggregation
{
    public static async Task<long> RunAsync(DbConnection connection, IndicatorScope scope, bool postgres, BenchUser user)
    {
        var (where, parameters) = PlainSql.Where(scope.ToIncidentFilter(), postgres, user, text: null);
        var month = postgres ? """EXTRACT(MONTH FROM i."OccurredOn")""" : """strftime('%m', i."OccurredOn")""";
        var sql = $"""
            SELECT i."Kind", i."DirectorateId", i."MunicipalityId", {month}, COUNT(*)
            FROM "Incidents" i{where}
            GROUP BY i."Kind", i."DirectorateId", i."MunicipalityId", {month}
            """;
        await using var command = PlainSql.Command(connection, sql, parameters);
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total += reader.GetInt64(4);
        }

        return total;
    }
}
