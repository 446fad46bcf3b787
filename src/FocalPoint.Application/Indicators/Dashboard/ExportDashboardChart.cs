using System.Globalization;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Indicators.Dashboard;

/// <summary>
/// One dashboard chart as CSV: key, English label, incidents, a year earlier (and the rate for municipalities),
/// counted over what the caller may see, cells made safe by <see cref="SpreadsheetCells"/>. Audited as an export.
/// </summary>
public sealed class ExportDashboardChart(BuildDashboard build, ReferenceCache referenceCache, IAuditLog audit)
{
    public const string RecordKind = "DashboardChart";

    /// <returns>Field errors, or null when written; NotFound for a chart the dashboard does not have.</returns>
    public async Task<CommandResult<bool>> WriteCsvAsync(string chart, IndicatorScope scope, Stream output, CancellationToken cancellationToken = default)
    {
        if (!DashboardCharts.All.Contains(chart))
        {
            return CommandResult<bool>.Missing();
        }

        var result = await build.HandleAsync(scope, cancellationToken);
        if (!result.Succeeded)
        {
            return CommandResult<bool>.Invalid(result.Errors!);
        }

        var reference = await referenceCache.GetAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, RecordKind, [], Detail: $"{chart} {scope.From:yyyy-MM-dd}..{scope.To:yyyy-MM-dd}"), cancellationToken);
        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        var rated = chart == DashboardCharts.Municipalities;
        await csv.WriteRecordAsync(rated ? ["Key", "Label", "Incidents", "YearEarlier", "RatePer10000"] : (string[])["Key", "Label", "Incidents", "YearEarlier"], cancellationToken);
        foreach (var point in result.Value!.Chart(chart).Points)
        {
            string[] row = [point.Key, Label(reference, chart, point.Key), Number(point.Value), Number(point.YearEarlier)];
            await csv.WriteRecordAsync(rated ? [.. row, point.Rate?.ToString(CultureInfo.InvariantCulture) ?? ""] : row, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    public static string FileName(string chart, IndicatorScope scope) => $"dashboard-{chart}-{scope.From:yyyyMMdd}-{scope.To:yyyyMMdd}.csv";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>English names: the CSV is a data file, the same whatever the UI language.</summary>
    private static string Label(ReferenceSnapshot reference, string chart, string key) => chart switch
    {
        DashboardCharts.Types => reference.FirearmTypeById.TryGetValue(int.Parse(key, CultureInfo.InvariantCulture), out var t) ? t.NameEn : key,
        DashboardCharts.Directorates => reference.DirectorateById.TryGetValue(int.Parse(key, CultureInfo.InvariantCulture), out var d) ? d.NameEn : key,
        DashboardCharts.Municipalities => reference.MunicipalityById.TryGetValue(int.Parse(key, CultureInfo.InvariantCulture), out var m) ? m.NameEn : key,
        _ => key,
    };
}
