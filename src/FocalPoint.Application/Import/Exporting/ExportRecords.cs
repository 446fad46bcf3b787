using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Exporting;

/// <summary>What to export: the list's filter (its text search aside), and a purpose when persons are to come too.</summary>
public sealed record RecordExportRequest(IncidentFilter Filter, string? PersonsPurpose = null);

/// <summary>
/// A full-fidelity export: every field the importer reads, in the importer's own columns, so that the file re-imports to
/// the same records (handling code and TLP included: losing them would lower a record's protection). Only incidents
/// within the user's need-to-know; persons only for a role with personal data and with a purpose. Audited once, before
/// the first row leaves.
/// </summary>
public sealed class ExportRecords(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, ReferenceCache referenceCache)
{
    private const int Page = 500;

    public async Task<ImportResult<int>> WriteCsvAsync(RecordExportRequest request, Stream output, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var withPersons = !string.IsNullOrWhiteSpace(request.PersonsPurpose);
        if (!access.ReadsRegistry || (withPersons && !access.SeesPersonalData))
        {
            return ImportResult<int>.Fail(ImportProblemKind.Forbidden, withPersons ? "Your role does not include personal data." : "Exporting needs a registry reader's role.");
        }

        if (ExportIncidentsCheck(request.Filter) is { } problem)
        {
            return ImportResult<int>.Fail(ImportProblemKind.BadFile, problem);
        }

        var reference = await referenceCache.GetAsync(ct);
        var query = ListIncidents.Apply(db, request.Filter with { Text = null }, access, null);
        var count = await query.CountAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, withPersons ? "Person" : "Incident", [], request.PersonsPurpose,
            Detail: $"record export (CSV, re-importable): incidents {count}, persons {(withPersons ? "included" : "left out")}"), ct);

        var columns = RecordExportRow.Columns(withPersons);
        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(columns.Select(c => c.ToString()).ToArray(), ct);
        long last = 0;
        while (true)
        {
            var ids = await query.Where(i => i.Id > last).OrderBy(i => i.Id).Select(i => i.Id).Take(Page).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            last = ids[^1];
            var page = db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id)).Include(i => i.Firearms).Include(i => i.Ammunition).Include(i => i.Explosives);
            var incidents = withPersons
                ? await page.Include(i => i.Persons).ThenInclude(p => p.Person).AsSplitQuery().OrderBy(i => i.Id).ToListAsync(ct)
                : await page.AsSplitQuery().OrderBy(i => i.Id).ToListAsync(ct);
            foreach (var row in incidents.SelectMany(i => RecordExportRow.Rows(i, reference, columns)))
            {
                await csv.WriteRecordAsync(row.Select(v => v ?? "").ToArray(), ct);
            }
        }

        await csv.FlushAsync(ct);
        return ImportResult<int>.Ok(count);
    }

    private static string? ExportIncidentsCheck(IncidentFilter filter) =>
        Registry.Incidents.Export.ExportIncidents.Check(filter) is { } errors ? string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) : null;
}
