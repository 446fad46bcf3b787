using System.Diagnostics;
using FocalPoint.Application.Registry.Incidents;

namespace FocalPoint.Bench.Registry;

/// <summary>p95 in milliseconds of the use case (ours) and of the plain-SQL reference, and sql / ours.</summary>
internal sealed record CaseResult(double Ours, double Sql)
{
    public double Ratio => Sql / Ours;
}

internal static class Timing
{
    private const int WarmUps = 3;

    /// <summary>30, or BENCH_RUNS (fewer when looking into one slow case).</summary>
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), out var runs) && runs > 0 ? runs : 30;

    /// <summary>Runs alternate between ours and the reference, so that both see the same cache state.</summary>
    public static async Task<CaseResult> MeasureAsync(BenchDatabase database, ListCase listCase)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await OursAsync(database, listCase.Filter);
            await SqlAsync(database, listCase.Filter);
        }

        var ours = new double[Runs];
        var sql = new double[Runs];
        List<long> oursIds = [], sqlIds = [];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            oursIds = await OursAsync(database, listCase.Filter);
            ours[i] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            sqlIds = await SqlAsync(database, listCase.Filter);
            sql[i] = clock.Elapsed.TotalMilliseconds;
        }

        if (!oursIds.SequenceEqual(sqlIds))
        {
            // The two must list the same page, or the ratio compares different work.
            await Console.Error.WriteLineAsync($"warning: {database.Name}.{listCase.Name}: use case and plain SQL returned different pages");
        }

        return new CaseResult(P95(ours), P95(sql));
    }

    public static async Task ExplainAsync(BenchDatabase database, ListCase listCase)
    {
        if (!string.IsNullOrWhiteSpace(listCase.Filter.Text))
        {
            await using var planDb = database.CreateContext();
            var plan = await TextSearch.PlanAsync(planDb, listCase.Filter.Text, database.User.Index, CancellationToken.None);
            foreach (var word in plan.Words)
            {
                await Console.Error.WriteLineAsync($"  word '{word.Word}': {word.Terms.Length} terms ({string.Join(",", word.Terms)}), {word.Incidents} incidents (capped at {TextSearch.RareLimit + 1})");
            }
        }

        var capture = new PlanCapture();
        await using (var db = database.CreateContext(capture))
        {
            await new ListIncidents(db, database.User).HandleAsync(listCase.Filter);
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await capture.PrintAsync(connection, database.IsPostgres, $"{database.Name}.{listCase.Name}");
    }

    /// <summary>A new context per call, as each web request gets its own scope.</summary>
    private static async Task<List<long>> OursAsync(BenchDatabase database, IncidentFilter filter)
    {
        await using var db = database.CreateContext();
        var result = await new ListIncidents(db, database.User).HandleAsync(filter);
        return result.Value!.Items.Select(r => r.Id).ToList();
    }

    private static async Task<List<long>> SqlAsync(BenchDatabase database, IncidentFilter filter)
    {
        TextPlan? text = null;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            await using var db = database.CreateContext();
            text = await TextSearch.PlanAsync(db, filter.Text, database.User.Index, CancellationToken.None);
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        return await PlainSql.RunAsync(connection, filter, database.IsPostgres, database.User, text);
    }

    /// <summary>Nearest-rank p95: the 29th of 30 sorted runs.</summary>
    private static double P95(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1];
    }
}
