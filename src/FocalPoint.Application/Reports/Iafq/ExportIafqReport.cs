using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>
/// Writes the IAFQ statistics of a year as an XLSX workbook (one sheet per table) or a zip of one CSV per table.
/// The tables are small, so they are built in memory and then copied out asynchronously. Each export is audited.
/// </summary>
public sealed class ExportIafqReport(BuildIafqReport build, IAuditLog audit)
{
    public const string RecordKind = "IafqReport";

    public async Task WriteXlsxAsync(int year, Stream output, CancellationToken cancellationToken = default)
    {
        var report = await PrepareAsync(year, "xlsx", cancellationToken);
        var sheets = report.Tables.ToDictionary(t => t.Name, t => (object)Sheet(t));
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { EnableAutoWidth = false }, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public async Task WriteCsvZipAsync(int year, Stream output, CancellationToken cancellationToken = default)
    {
        var report = await PrepareAsync(year, "csv zip", cancellationToken);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in report.Tables)
            {
                await using var entry = await zip.CreateEntry($"iafq-{year}-{table.Name}.csv").OpenAsync(cancellationToken);
                await using var csv = CsvWriter.Create(entry, SpreadsheetCells.Csv, leaveOpen: true);
                await csv.WriteRecordAsync([table.LabelHeader, .. table.Columns], cancellationToken);
                foreach (var row in table.Rows)
                {
                    await csv.WriteRecordAsync([row.Label, .. row.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))], cancellationToken);
                }

                await csv.FlushAsync(cancellationToken);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private async Task<IafqReport> PrepareAsync(int year, string format, CancellationToken cancellationToken)
    {
        var report = await build.HandleAsync(year, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, RecordKind, [], Detail: $"IAFQ statistics {year} ({format})"), cancellationToken);
        return report;
    }

    private static List<Dictionary<string, object>> Sheet(StatTable table) =>
    [
        .. table.Rows.Select(row =>
        {
            var line = new Dictionary<string, object> { [table.LabelHeader] = SpreadsheetCells.Neutralise(row.Label)! };
            for (var i = 0; i < table.Columns.Count; i++)
            {
                line[table.Columns[i]] = row.Values[i];
            }

            return line;
        }),
    ];
}
