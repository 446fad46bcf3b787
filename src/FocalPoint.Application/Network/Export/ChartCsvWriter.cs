using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using FocalPoint.Application.Common;

namespace FocalPoint.Application.Network.Export;

/// <summary>
/// The two-table form that i2 Analyst's Notebook (Import Data: entities from nodes.csv keyed by Id, links from
/// edges.csv by Source and Target) and Maltego (Import Graph from Table) map column by column. Columns:
/// nodes.csv Id, Type, Label, Detail, Date, RecordId, X, Y; edges.csv Id, Source, Target, Type, Date, Weight.
/// Dates ISO 8601; numbers invariant; formula-like cells escaped (<see cref="SpreadsheetCells"/>).
/// </summary>
internal static class ChartCsvWriter
{
    public static readonly string[] NodeColumns = ["Id", "Type", "Label", "Detail", "Date", "RecordId", "X", "Y"];
    public static readonly string[] EdgeColumns = ["Id", "Source", "Target", "Type", "Date", "Weight"];

    public static async Task<byte[]> WriteZipAsync(ChartElements elements, IReadOnlyDictionary<string, (double X, double Y)> positions, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, "nodes.csv", NodeColumns, elements.Nodes.Select(n =>
            {
                var at = positions.TryGetValue(n.Key, out var p) ? p : (X: double.NaN, Y: double.NaN);
                return new[]
                {
                    n.Key, n.Type, n.Label, n.Detail ?? "", Date(n.Date), n.RecordId.ToString(CultureInfo.InvariantCulture),
                    double.IsNaN(at.X) ? "" : at.X.ToString("0.##", CultureInfo.InvariantCulture), double.IsNaN(at.Y) ? "" : at.Y.ToString("0.##", CultureInfo.InvariantCulture),
                };
            }), cancellationToken);
            await WriteAsync(zip, "edges.csv", EdgeColumns, elements.Edges.Select(e => new[]
            {
                e.Key, e.Source, e.Target, e.Type, Date(e.Date), e.Weight.ToString("0.###", CultureInfo.InvariantCulture),
            }), cancellationToken);
        }

        return stream.ToArray();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static async Task WriteAsync(ZipArchive zip, string name, string[] header, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await using var csv = CsvWriter.Create(entry, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(header, cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync(row, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
