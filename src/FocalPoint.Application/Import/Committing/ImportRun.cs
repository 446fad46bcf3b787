using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// One pass over a staged file: every row normalised and validated, duplicates skipped, good records written in chunks
/// and bad rows quarantined, all inside ONE transaction that also marks the batch committed. Whatever stops the pass
/// (a refused row, a crash, a kill, a full disk, a cancel) leaves the registry as it was.
/// </summary>
internal sealed class ImportRun(FocalPointDbContext db, ReferenceSnapshot reference, IncidentValidator validator, ImportOptions options, TimeProvider time)
{
    public const int ReportedErrors = 20;

    public async Task<ImportSummary> RunAsync(ImportBatch batch, string user, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var mapping = ImportMapping.FromJson(batch.MappingJson);
        var sniffed = SourceOpener.Sniff(batch.StoredPath, batch.FileName, batch.Encoding, options, Data.Protection.FieldProtection.Of(db));
        using var reader = SourceOpener.Open(batch.StoredPath, batch.FileName, sniffed, batch.Sheet, out var stream);
        if (mapping.Check(reader.Headers) is { Count: > 0 } problems)
        {
            throw new ImportFileException($"{batch.FileName}: {string.Join("; ", problems)}.");
        }

        var known = await db.ImportRecords.AsNoTracking().Where(r => r.Source == batch.Source)
            .Select(r => new { r.KeyHash, Record = new KnownRecord(r.ContentHash, r.RecordId, r.Id, r.BatchId) })
            .ToDictionaryAsync(r => r.KeyHash, r => r.Record, ct);
        var index = await FieldProtection.Of(db).GetIndexAsync(db, ct);
        var map = new ColumnMap(mapping, reader.Headers);
        var matcher = new ReferenceMatcher(reference);
        var assembler = new RecordAssembler(RowNormaliser.For(map, matcher, mapping, batch.DateEvidence), validator, matcher, map, batch.Source);
        var writer = new ChunkWriter(db, reference, index, batch, reader.Headers, user, time.GetUtcNow().UtcDateTime);
        var updater = new RecordUpdater(db, reference, batch);
        var firstErrors = new List<RowError>();
        var closeMatches = new Dictionary<CloseMatch, long>();
        long rows = 0, imported = 0, skipped = 0, quarantined = 0;
        var refusing = false;

        await db.Database.OpenConnectionAsync(ct);
        await using var cache = await SqliteCache.EnlargeAsync(db, ct);
        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var candidate in assembler.Assemble(reader.ReadRows(ct)))
            {
                rows += candidate.Rows.Count;
                foreach (var match in candidate.Parsed.SelectMany(p => p.CloseMatches))
                {
                    closeMatches[match] = closeMatches.GetValueOrDefault(match) + 1;
                }
                if (candidate.IsValid && known.TryGetValue(candidate.KeyHash, out var earlier))
                {
                    if (earlier.ContentHash == candidate.ContentHash)
                    {
                        skipped += candidate.Rows.Count;
                        continue;
                    }

                    if (batch.UpdateChanged && earlier.RecordId > 0 && !refusing)
                    {
                        if (await updater.UpdateAsync(candidate, earlier, ct) is not { } refusal)
                        {
                            known[candidate.KeyHash] = earlier with { ContentHash = candidate.ContentHash };
                            continue;
                        }

                        candidate.Errors.Add(new RowError(candidate.FirstRow, map.ColumnOf(ImportField.Key), candidate.SourceKey, refusal,
                            "Bring the change into the registry by hand, or roll the earlier batch back and import the file anew."));
                    }
                    else
                    {
                        candidate.Errors.Add(new RowError(candidate.FirstRow, map.ColumnOf(ImportField.Key), candidate.SourceKey,
                            $"A record with this key was imported before (batch {earlier.BatchId}) with different content.",
                            "Choose \"update changed records\" (--update) to update it, roll the earlier batch back, or correct the key."));
                    }
                }

                if (!candidate.IsValid)
                {
                    quarantined += candidate.Rows.Count;
                    firstErrors.AddRange(candidate.Errors.Take(ReportedErrors - firstErrors.Count));
                    if (batch.Policy == ImportPolicy.Refuse && !refusing)
                    {
                        // From here on the file is only checked, so that the report lists every bad row; nothing reaches the registry.
                        refusing = true;
                        await transaction.RollbackAsync(ct);
                        await transaction.DisposeAsync();
                        transaction = await db.Database.BeginTransactionAsync(ct);
                        writer = new ChunkWriter(db, reference, index, batch, reader.Headers, user, time.GetUtcNow().UtcDateTime);
                        updater = new RecordUpdater(db, reference, batch);
                    }

                    writer.Quarantine(candidate);
                }
                else if (!refusing)
                {
                    known[candidate.KeyHash] = new KnownRecord(candidate.ContentHash, 0, 0, batch.Id);
                    writer.Accept(candidate);
                    imported++;
                }

                var first = rows == candidate.Rows.Count;
                if (writer.Pending >= options.ChunkSize || first)
                {
                    if (!first)
                    {
                        await writer.FlushAsync(ct);
                    }

                    progress?.Report(new ImportProgress(rows, imported, skipped, quarantined, stream.Position, stream.Length));
                }
            }

            await writer.FlushAsync(ct);
            batch.State = refusing ? ImportBatchState.Failed : ImportBatchState.Committed;
            (batch.RowsRead, batch.RecordsImported, batch.RowsSkipped, batch.RowsQuarantined) = (rows, refusing ? 0 : imported, skipped, quarantined);
            batch.PersonsImported = refusing ? 0 : writer.Persons;
            batch.RecordsUpdated = refusing ? 0 : updater.Updated.Count;
            batch.Message = refusing ? $"Refused: {quarantined:N0} row(s) with errors; nothing was imported." : null;
            batch.FinishedAtUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            progress?.Report(new ImportProgress(rows, batch.RecordsImported, skipped, quarantined, stream.Length, stream.Length));
        }
        finally
        {
            await transaction.DisposeAsync();
        }

        return new ImportSummary(batch.Id, batch.State, rows, batch.RecordsImported, batch.PersonsImported, skipped, quarantined, firstErrors, batch.Message,
            [.. closeMatches.OrderByDescending(m => m.Value).Select(m => new CloseMatchCount(m.Key.Column, m.Key.Spelling, m.Key.MatchedTo, m.Value))],
            refusing ? [] : updater.Updated);
    }
}
