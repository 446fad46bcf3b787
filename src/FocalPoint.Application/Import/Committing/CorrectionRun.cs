using System.Text.Json;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// Quarantined rows with the user's corrections, through the same <see cref="RecordAssembler"/> and <see cref="ChunkWriter"/>
/// as <see cref="ImportRun"/>. The rows are read back in the original header's order, so the mapping of the batch applies
/// unchanged, and keep their original row numbers.
/// </summary>
internal sealed class CorrectionRun(FocalPointDbContext db, ReferenceSnapshot reference, IncidentValidator validator, ImportBatch original, string user, DateTime now)
{
    public async Task<CorrectionOutcome> CheckAsync(List<QuarantinedRow> rows, IReadOnlyList<QuarantineCorrection> corrections, CancellationToken ct)
    {
        var (headers, candidates) = Assemble(rows, corrections);
        var known = await KnownAsync(candidates, ct);
        var stillWrong = new List<ImportErrorLine>();
        var imported = 0;
        var resolved = 0;
        foreach (var candidate in candidates)
        {
            CheckDuplicate(candidate, known);
            if (candidate.IsValid)
            {
                imported += known.ContainsKey(candidate.KeyHash) ? 0 : 1;
                resolved += candidate.Rows.Count;
                continue;
            }

            stillWrong.AddRange(candidate.Rows.Select(r => Line(rows.First(q => q.RowNumber == r.RowNumber), candidate, r, headers)));
        }

        return new CorrectionOutcome(null, imported, resolved, 0, stillWrong);
    }

    public async Task<CorrectionOutcome> ImportAsync(List<QuarantinedRow> rows, IReadOnlyList<QuarantineCorrection> corrections, CancellationToken ct)
    {
        var (headers, candidates) = Assemble(rows, corrections);
        var known = await KnownAsync(candidates, ct);
        var index = await FieldProtection.Of(db).GetIndexAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = new ImportBatch
        {
            Source = original.Source, FileName = original.FileName, Sheet = original.Sheet, FileSha256 = original.FileSha256, StoredPath = "",
            Format = "Correction", MappingJson = original.MappingJson, Policy = ImportPolicy.Quarantine, State = ImportBatchState.Committing,
            CreatedBy = user, CreatedAtUtc = now, CorrectsBatchId = original.Id, Message = $"Corrected rows of batch {original.Id}.",
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        var writer = new ChunkWriter(db, reference, index, batch, headers, user, now);
        var stillWrong = new List<ImportErrorLine>();
        int imported = 0, resolved = 0, skipped = 0;
        foreach (var candidate in candidates)
        {
            var quarantined = candidate.Rows.Select(r => rows.First(q => q.RowNumber == r.RowNumber)).ToList();
            var duplicate = CheckDuplicate(candidate, known);
            if (!candidate.IsValid)
            {
                for (var i = 0; i < quarantined.Count; i++)
                {
                    var line = Line(quarantined[i], candidate, candidate.Rows[i], headers);
                    (quarantined[i].ValuesJson, quarantined[i].ErrorsJson) = (JsonSerializer.Serialize(line.Values), JsonSerializer.Serialize(line.Errors));
                    stillWrong.Add(line);
                }

                continue;
            }

            if (duplicate)
            {
                skipped += candidate.Rows.Count;
            }
            else
            {
                known[candidate.KeyHash] = candidate.ContentHash;
                writer.Accept(candidate);
                imported++;
            }

            resolved += quarantined.Count;
            foreach (var (row, source) in quarantined.Zip(candidate.Rows))
            {
                (row.ValuesJson, row.ErrorsJson, row.ResolvedByBatchId) = (JsonSerializer.Serialize(Values(source, headers)), "[]", batch.Id);
            }
        }

        await writer.FlushAsync(ct);
        (batch.State, batch.RowsRead, batch.RecordsImported, batch.RowsSkipped) = (ImportBatchState.Committed, resolved, imported, skipped);
        (batch.PersonsImported, batch.FinishedAtUtc) = (writer.Persons, now);
        if (resolved == 0)
        {
            // Nothing left the quarantine: no batch to show or roll back, only the rows' new errors are kept.
            db.ImportBatches.Remove(batch);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CorrectionOutcome(resolved == 0 ? null : batch.Id, imported, resolved, skipped, stillWrong);
    }

    private (List<string> Headers, List<ImportCandidate> Candidates) Assemble(List<QuarantinedRow> rows, IReadOnlyList<QuarantineCorrection> corrections)
    {
        // Every row of a batch has the file's header; the stored values keep its order.
        var headers = rows.Count == 0 ? [] : JsonSerializer.Deserialize<Dictionary<string, string?>>(rows[0].ValuesJson)!.Keys.ToList();
        var byId = corrections.ToDictionary(c => c.QuarantinedRowId);
        var source = rows.Select(r => new SourceRow(r.RowNumber, headers.Select(h => Clean(byId[r.Id].Values.GetValueOrDefault(h))).ToList()));
        var mapping = ImportMapping.FromJson(original.MappingJson);
        var map = new ColumnMap(mapping, headers);
        var matcher = new ReferenceMatcher(reference);
        var assembler = new RecordAssembler(RowNormaliser.For(map, matcher, mapping, original.DateEvidence), validator, matcher, map, original.Source);
        return (headers, assembler.Assemble(source).ToList());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Already imported records of this source under the candidates' keys.</summary>
    private async Task<Dictionary<long, long>> KnownAsync(List<ImportCandidate> candidates, CancellationToken ct)
    {
        var keys = candidates.Select(c => c.KeyHash).Distinct().ToList();
        return await db.ImportRecords.AsNoTracking().Where(r => r.Source == original.Source && keys.Contains(r.KeyHash))
            .ToDictionaryAsync(r => r.KeyHash, r => r.ContentHash, ct);
    }

    /// <returns>True when the same record was imported before (skip it); a different record under the same key is an error.</returns>
    private static bool CheckDuplicate(ImportCandidate candidate, Dictionary<long, long> known)
    {
        if (!candidate.IsValid || !known.TryGetValue(candidate.KeyHash, out var content))
        {
            return false;
        }

        if (content == candidate.ContentHash)
        {
            return true;
        }

        candidate.Errors.Add(new RowError(candidate.FirstRow, nameof(ImportField.Key), candidate.SourceKey,
            "A record with this key was imported before with different content.", "Correct the key, or roll back the earlier batch."));
        return false;
    }

    private static ImportErrorLine Line(QuarantinedRow row, ImportCandidate candidate, SourceRow source, List<string> headers) => new(
        row.Id, row.RowNumber, candidate.Errors.Where(e => e.Row == row.RowNumber || candidate.Rows.Count == 1).ToList(), Values(source, headers), false);

    private static Dictionary<string, string?> Values(SourceRow row, List<string> headers)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            values.TryAdd(headers[i], row.Values[i]);
        }

        return values;
    }
}
