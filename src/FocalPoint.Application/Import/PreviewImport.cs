using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Import;

/// <summary>One row as it will be stored (field to normalised value), with its problems.</summary>
public sealed record PreviewRow(long Row, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<RowError> Errors, IReadOnlyList<CloseMatch>? CloseMatches = null);

/// <summary>The first rows of a staged file through a mapping, normalised as the commit will store them.</summary>
public sealed class PreviewImport(FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, IncidentValidator validator, IOptions<ImportOptions> options)
{
    public const int DefaultRows = 20;

    /// <param name="mapping">A mapping being edited; the batch's own when null. A different one is saved on the batch.</param>
    public async Task<ImportResult<IReadOnlyList<PreviewRow>>> PreviewAsync(long batchId, ImportMapping? mapping = null, int rows = DefaultRows, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var batch = access.EditsRegistry ? await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId && b.CreatedBy == access.UserName || b.Id == batchId && access.Unrestricted, ct) : null;
        if (batch is null)
        {
            return ImportResult<IReadOnlyList<PreviewRow>>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        try
        {
            var sniffed = SourceOpener.Sniff(batch.StoredPath, batch.FileName, batch.Encoding, options.Value, Data.Protection.FieldProtection.Of(db));
            using var reader = SourceOpener.Open(batch.StoredPath, batch.FileName, sniffed, batch.Sheet);
            mapping ??= ImportMapping.FromJson(batch.MappingJson);
            if (mapping.Check(reader.Headers) is { Count: > 0 } problems)
            {
                return ImportResult<IReadOnlyList<PreviewRow>>.Fail(ImportProblemKind.BadFile, $"{batch.FileName}: {string.Join("; ", problems)}.");
            }

            if (batch.State == ImportBatchState.Staged && mapping.ToJson() != batch.MappingJson)
            {
                batch.MappingJson = mapping.ToJson();
                await db.SaveChangesAsync(ct);
            }

            return ImportResult<IReadOnlyList<PreviewRow>>.Ok(await RowsAsync(reader, mapping, batch.DateEvidence, rows, ct));
        }
        catch (ImportFileException e)
        {
            return ImportResult<IReadOnlyList<PreviewRow>>.Fail(ImportProblemKind.BadFile, e.Message);
        }
    }

    internal async Task<IReadOnlyList<PreviewRow>> RowsAsync(ISourceReader reader, ImportMapping mapping, DateOrderEvidence evidence, int rows, CancellationToken ct)
    {
        var reference = await referenceCache.GetAsync(ct);
        var map = new ColumnMap(mapping, reader.Headers);
        var matcher = new ReferenceMatcher(reference);
        var assembler = new RecordAssembler(RowNormaliser.For(map, matcher, mapping, evidence), validator, matcher, map, "preview");
        var result = new List<PreviewRow>();
        foreach (var candidate in assembler.Assemble(reader.ReadRows(ct).Take(rows)))
        {
            foreach (var parsed in candidate.Parsed)
            {
                result.Add(new PreviewRow(parsed.RowNumber, Stored(parsed, reference), candidate.Errors.Where(e => e.Row == parsed.RowNumber).ToList(), parsed.CloseMatches));
            }
        }

        return result;
    }

    private static Dictionary<string, string?> Stored(ParsedRow row, ReferenceSnapshot reference) => new(StringComparer.Ordinal)
    {
        ["Key"] = row.Key,
        ["OccurredAt"] = row.OccurredAtLocal?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["Municipality"] = row.MunicipalityId is { } m ? reference.MunicipalityById[m].NameSq : null,
        ["Kind"] = row.Kind.ToString(),
        ["HandlingCode"] = row.HandlingCode.ToString(),
        ["ReportingAgency"] = row.ReportingAgency.ToString(),
        ["Narrative"] = row.Narrative,
        ["FirearmType"] = row.Firearm?.FirearmTypeId is { } t ? reference.FirearmTypeById[t].NameEn : null,
        ["Make"] = row.Firearm?.MakeId is { } k ? reference.MakeById[k].Name : null,
        ["Calibre"] = row.Firearm?.Calibre,
        ["Serial"] = Domain.Items.SerialNumber.Normalise(row.Firearm?.SerialAsWritten),
        ["Rounds"] = row.Ammunition?.Rounds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Person"] = row.Person is { } p ? $"{p.GivenName} {p.FamilyName} ({p.Role})" : null,
    };
}
