using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace FocalPoint.Application.Registry.Incidents.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Every incident of a filtered list, in the list's order and under the same need-to-know rules (it reuses
/// <see cref="ListIncidents.Apply"/>), streamed as CSV or XLSX: rows go from the database reader to the output
/// one at a time, so a million-row export holds one row in memory. The export is audited once, with the filter
/// fields used (not their values) and the number of rows.
/// </summary>
public sealed class ExportIncidents(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, ReferenceCache referenceCache)
{
    public const string SheetName = "Incidents";

    /// <summary>Checks the filter as the list does (paging aside: an export has every page); null when it may start.</summary>
    public static ValidationErrors? Check(IncidentFilter filter) =>
        ListIncidents.Validate(filter with { Page = 1, PageSize = 1 }) is { IsEmpty: false } errors ? errors : null;

    /// <summary>Writes the export; <paramref name="headers"/> replaces the invariant column keys (e.g. localised), in <see cref="IncidentExportLine.Columns"/> order.</summary>
    /// <returns>The number of incidents written.</returns>
    public async Task<int> WriteAsync(
        IncidentFilter filter, ExportFormat format, Stream output, IReadOnlyList<string>? headers = null, CancellationToken cancellationToken = default)
    {
        if (headers is not null && headers.Count != IncidentExportLine.Columns.Count)
        {
            throw new ArgumentException($"Give {IncidentExportLine.Columns.Count} headers.", nameof(headers));
        }

        var reference = await referenceCache.GetAsync(cancellationToken);
        var index = await FieldProtection.Of(db).GetIndexAsync(db, cancellationToken);
        var text = string.IsNullOrWhiteSpace(filter.Text) ? null : await TextSearch.PlanAsync(db, filter.Text, index, cancellationToken);
        var query = ListIncidents.Apply(db, filter, await accessContext.GetAsync(cancellationToken), text);
        var count = await query.CountAsync(cancellationToken);

        // Logged before the first row leaves: an export that cannot be audited does not happen.
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Export, "Incident", [], Detail: $"incident export ({format}): fields [{FieldsUsed(filter)}]; rows {count}"),
            cancellationToken);

        var lines = Lines(ListIncidents.Sort(query, filter.Sort), reference, cancellationToken);
        if (format == ExportFormat.Csv)
        {
            await WriteCsvAsync(lines, output, headers ?? IncidentExportLine.Columns, cancellationToken);
        }
        else
        {
            await WriteXlsxAsync(lines, output, headers, cancellationToken);
        }

        return count;
    }

    /// <summary>The names of the filter fields in use, never their values (a text search may hold a name).</summary>
    public static string FieldsUsed(IncidentFilter filter) => string.Join(',', new[]
    {
        filter.From is null ? null : nameof(filter.From), filter.To is null ? null : nameof(filter.To), filter.Kind is null ? null : nameof(filter.Kind),
        filter.DirectorateId is null ? null : nameof(filter.DirectorateId), filter.MunicipalityId is null ? null : nameof(filter.MunicipalityId),
        filter.FirearmTypeId is null ? null : nameof(filter.FirearmTypeId), string.IsNullOrWhiteSpace(filter.Text) ? null : nameof(filter.Text),
    }.Where(n => n is not null));

    private static async IAsyncEnumerable<IncidentExportLine> Lines(
        IQueryable<Domain.Incidents.Incident> query, ReferenceSnapshot reference, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = query.Select(i => new IncidentExportRow(
            i.Reference, i.Kind, i.OccurredOn, i.OccurredAtUtc, i.MunicipalityId, i.DirectorateId,
            i.PlaceCountryCode == null ? null : new PlaceAbroad(i.PlaceCountryCode, i.PlaceRegion, i.PlaceName ?? ""), i.CrossingPointId, i.Address, i.ReportingAgency,
            i.LegalContext, i.HandlingCode, i.Tlp, i.Firearms.Count, i.Ammunition.Sum(a => a.Rounds), i.Explosives.Sum(e => e.Count)));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return IncidentExportLine.From(row, reference);
        }
    }

    private static async Task WriteCsvAsync(IAsyncEnumerable<IncidentExportLine> lines, Stream output, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(headers.Select(h => SpreadsheetCells.Neutralise(h)!).ToArray(), cancellationToken);
        await foreach (var line in lines)
        {
            await csv.WriteRecordAsync(line.ToCsv(), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteXlsxAsync(IAsyncEnumerable<IncidentExportLine> lines, Stream output, IReadOnlyList<string>? headers, CancellationToken cancellationToken)
    {
        // FastMode off: MiniExcel then streams each row into the zip instead of building the sheet in memory.
        var columns = IncidentExportLine.Columns.Select((key, i) => new DynamicExcelColumn(key)
        {
            Name = headers is null ? key : SpreadsheetCells.Neutralise(headers[i]),
            Format = key switch
            {
                nameof(IncidentExportLine.OccurredOn) => "yyyy-MM-dd",
                nameof(IncidentExportLine.OccurredAtUtc) => "yyyy-MM-dd HH:mm:ss",
                _ => null,
            },
        }).ToArray();
        var configuration = new OpenXmlConfiguration { FastMode = false, EnableAutoWidth = false, DynamicColumns = columns };
        await using var target = new AsyncOnlyOutput(output);
        await MiniExcel.SaveAsAsync(target, lines, sheetName: SheetName, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
        await target.DrainAsync(cancellationToken);
    }
}
