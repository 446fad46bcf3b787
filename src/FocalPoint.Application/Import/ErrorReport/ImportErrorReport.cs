using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents.Export;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FocalPoint.Application.Import.ErrorReport;

/// <summary>
/// The error report of a batch as CSV or XLSX: one line per problem of a row still in the quarantine (original row
/// number, column, problem, suggested fix, the value found), followed by the row's original values, one column per
/// column of the file. Every cell goes through <see cref="SpreadsheetCells"/>: the values come from an outside file
/// and may hold formulas. The values may name persons, so the download is audited as an export of the batch.
/// </summary>
public sealed class ImportErrorReport(FocalPointDbContext db, IAccessContext accessContext, ImportBatches batches, IAuditLog audit)
{
    public const string SheetName = "Errors";

    /// <summary>The fixed columns; the file's own columns follow them.</summary>
    public static readonly IReadOnlyList<string> FixedColumns = ["Row", "Column", "Problem", "SuggestedFix", "Value"];

    /// <summary>The batch's file name, or null when the batch does not exist for this user (the endpoint answers 404 before streaming).</summary>
    public async Task<string?> FileNameAsync(long batchId, CancellationToken ct = default) =>
        await ImportAccess.FindAsync(db, await accessContext.GetAsync(ct), batchId, ct) is { } batch ? Path.GetFileNameWithoutExtension(batch.FileName) : null;

    /// <summary>Streams the report: rows go from the database reader to the output one at a time.</summary>
    public async Task WriteAsync(long batchId, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        // Logged before the first row leaves: an export that cannot be audited does not happen.
        var open = await db.QuarantinedRows.CountAsync(q => q.BatchId == batchId && q.ResolvedByBatchId == null, ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, "ImportBatch", [$"ImportBatch/{batchId}"],
            Detail: $"import error report ({format}): {open} rows"), ct);
        await using var lines = batches.ErrorsAsync(batchId, ct).Where(l => !l.Resolved).GetAsyncEnumerator(ct);
        var first = await lines.MoveNextAsync() ? lines.Current : null;

        // Every row of a batch has the same header: the first row's columns are the file's.
        var columns = first?.Values.Keys.ToList() ?? [];
        var headers = FixedColumns.Concat(columns.Select(c => FixedColumns.Contains(c, StringComparer.OrdinalIgnoreCase) ? c + " (file)" : c))
            .Select(h => SpreadsheetCells.Neutralise(h)!).ToArray();
        var table = Table(first, lines, columns);
        if (format == ExportFormat.Csv)
        {
            await WriteCsvAsync(headers, table, output, ct);
        }
        else
        {
            await WriteXlsxAsync(headers, table, output, ct);
        }
    }

    private static async IAsyncEnumerable<string[]> Table(ImportErrorLine? first, IAsyncEnumerator<ImportErrorLine> rest, List<string> columns)
    {
        for (var line = first; line is not null; line = await rest.MoveNextAsync() ? rest.Current : null)
        {
            foreach (var error in line.Errors)
            {
                yield return Cells(line, error, columns);
            }
        }
    }

    private static string[] Cells(ImportErrorLine line, Normalising.RowError error, List<string> columns) =>
    [
        line.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Safe(error.Field), Safe(error.Problem), Safe(error.Suggestion), Safe(error.Value),
        .. columns.Select(c => Safe(line.Values.GetValueOrDefault(c))),
    ];

    private static string Safe(string? value) => SpreadsheetCells.Neutralise(value) ?? "";

    private static async Task WriteCsvAsync(string[] headers, IAsyncEnumerable<string[]> table, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(headers, ct);
        await foreach (var row in table)
        {
            await csv.WriteRecordAsync(row, ct);
        }

        await csv.FlushAsync(ct);
    }

    private static async Task WriteXlsxAsync(string[] headers, IAsyncEnumerable<string[]> table, Stream output, CancellationToken ct)
    {
        // Rows as dictionaries keyed by the header: MiniExcel takes the header row from the keys, in order.
        var rows = table.Select(row =>
        {
            var cells = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                cells.TryAdd(headers[i], row[i]);
            }

            return cells;
        });

        // Columns declared up front, so that an empty report still has its header row.
        var configuration = new OpenXmlConfiguration
        {
            FastMode = false, EnableAutoWidth = false, DynamicColumns = [.. headers.Distinct(StringComparer.Ordinal).Select(h => new MiniExcelLibs.Attributes.DynamicExcelColumn(h) { Name = h })],
        };
        await using var target = new AsyncOnlyOutput(output);
        await MiniExcel.SaveAsAsync(target, rows, sheetName: SheetName, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        await target.DrainAsync(ct);
    }
}
