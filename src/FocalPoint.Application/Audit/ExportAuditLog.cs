using System.Globalization;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Audit;

/// <summary>
/// Every entry matching a search as CSV, streamed (the log can be large). Cells that a spreadsheet would run as a
/// formula are escaped by <see cref="SpreadsheetCells"/>. The export itself is logged.
/// </summary>
public sealed class ExportAuditLog(FocalPointDbContext db, IAuditLog audit)
{
    /// <summary>Checks the filter; null when it is valid and the export may start.</summary>
    public static ValidationErrors? Check(AuditFilter filter) => filter.Validate() is { IsEmpty: false } errors ? errors : null;

    public async Task WriteAsync(AuditFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, SearchAuditLog.RecordKind, [], Detail: $"export: {filter.FieldsUsed()}"), cancellationToken);
        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(["Sequence", "AtUtc", "Actor", "ClientAddress", "Action", "RecordKind", "RecordIds", "Purpose", "Recipients", "Detail"], cancellationToken);
        await foreach (var row in AuditQuery.Apply(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
            [
                row.Sequence.ToString(CultureInfo.InvariantCulture), row.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                row.Actor, row.ClientAddress, row.Action.ToString(), row.RecordKind, row.RecordIds, row.Purpose, row.Recipients, row.Detail,
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
