using System.Data.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Bench.Registry;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Bench.Indicators;

/// <summary>What the dashboard's incident figures come to: the visible total, whether it is partial, the type chart's sum.</summary>
internal readonly record struct AggregationTotals(long Visible, bool Partial, long ByType);

/// <summary>
/// The reference: the dashboard's incident figures written by hand as one statement for the engine, run through plain
/// ADO.NET. Everything ComputeIndicators reads for them: the scope's incidents by kind, directorate, municipality and
/// month, each group counted under the analyst's need-to-know and in all (the "partial" flag), and the visible
/// incidents per weapon type.
/// </summary>
internal static class PlainAggregation
{
    public static async Task<AggregationTotals> RunAsync(DbConnection connection, IndicatorScope scope, bool postgres, BenchUser user)
    {
        var filter = scope.ToIncidentFilter();
        var (whole, parameters) = PlainSql.Where(filter, postgres, user, text: null, needToKnow: false);
        var (visible, _) = PlainSql.Where(filter, postgres, user, text: null);
        // The stored month bounds the period on the dashboard index and groups in its order, as ours does.
        var months = $"""i."OccurredMonth" BETWEEN {Incident.MonthOf(scope.From)} AND {Incident.MonthOf(scope.To)}""";
        var sql = $"""
            SELECT 0, COUNT(CASE WHEN {PlainSql.Visibility(text: null)} THEN 1 END), COUNT(*)
            FROM "Incidents" i{whole} AND {months}
            GROUP BY i."OccurredMonth", i."Kind", i."DirectorateId", i."MunicipalityId"
            UNION ALL
            SELECT 1, COUNT(DISTINCT f."IncidentId"), 0
            FROM "Firearms" f JOIN "Incidents" i ON i."Id" = f."IncidentId"{visible} AND {months}
            GROUP BY f."FirearmTypeId"
            """;
        await using var command = PlainSql.Command(connection, sql, parameters);
        long seen = 0, all = 0, byType = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetInt32(0) == 1)
            {
                byType += reader.GetInt64(1);
                continue;
            }

            seen += reader.GetInt64(1);
            all += reader.GetInt64(2);
        }

        return new AggregationTotals(seen, all > seen, byType);
    }
}
