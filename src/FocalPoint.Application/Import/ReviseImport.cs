using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Import;

/// <summary>
/// A change to a staged batch made from the web page: another encoding or sheet, an edited mapping, the policy, and
/// whether to keep the mapping as the source's profile. Null fields keep what the batch has.
/// </summary>
public sealed record StageRevision(
    string? Encoding = null, string? Sheet = null, ImportMapping? Mapping = null, ImportPolicy? Policy = null, bool SaveProfile = false, bool? UpdateChanged = null);

/// <summary>
/// Step 2 of a web import: applies a <see cref="StageRevision"/> to a staged batch and reads its header and first rows
/// again from the stored file. A choice the file refuses (e.g. UTF-8 for a Windows-1250 file) changes nothing.
/// </summary>
public sealed class ReviseImport(FocalPointDbContext db, IAccessContext accessContext, PreviewImport preview, IOptions<ImportOptions> options, TimeProvider time)
{
    public async Task<ImportResult<StagedImport>> ReviseAsync(long batchId, StageRevision revision, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var batch = await ImportAccess.FindAsync(db, access, batchId, ct);
        if (batch is null)
        {
            return ImportResult<StagedImport>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        if (batch.State != ImportBatchState.Staged)
        {
            return batch.State == ImportBatchState.Committing
                ? ImportResult<StagedImport>.Fail(ImportProblemKind.Conflict, $"Batch {batchId} is {batch.State}: only a staged batch can be changed.")
                : ImportResult<StagedImport>.Fail(BatchStateProblems.For(batch, BatchStateProblems.Command.Commit));
        }

        if (!File.Exists(batch.StoredPath))
        {
            return ImportResult<StagedImport>.Fail(BatchStateProblems.FileGone(batch));
        }

        try
        {
            var encoding = revision.Encoding ?? batch.Encoding;
            var sniffed = SourceOpener.Sniff(batch.StoredPath, batch.FileName, encoding, options.Value, Data.Protection.FieldProtection.Of(db));
            var sheet = sniffed.Format == ImportFormat.Xlsx ? revision.Sheet ?? batch.Sheet : null;
            if (sheet is not null && !sniffed.Sheets.Contains(sheet))
            {
                return ImportResult<StagedImport>.Fail(ImportProblemKind.BadFile, $"{batch.FileName} has no sheet \"{sheet}\".");
            }

            using var reader = SourceOpener.Open(batch.StoredPath, batch.FileName, sniffed, sheet);

            // Another sheet has another header: its mapping is suggested afresh unless one was given.
            var mapping = revision.Mapping ?? (sheet != batch.Sheet ? ImportMapping.Suggest(reader.Headers) : ImportMapping.FromJson(batch.MappingJson));
            (batch.Encoding, batch.Sheet, batch.MappingJson) = (sniffed.Encoding?.WebName, sheet, mapping.ToJson());
            batch.Policy = revision.Policy ?? batch.Policy;
            batch.UpdateChanged = revision.UpdateChanged ?? batch.UpdateChanged;
            var problems = mapping.Check(reader.Headers);
            var dates = problems.Count == 0 ? DateOrderScan.Scan(batch.StoredPath, batch.FileName, sniffed, sheet, mapping, ct) : DateOrderFinding.Nothing;
            batch.DateEvidence = dates.Evidence;
            if (revision.SaveProfile && problems.Count == 0)
            {
                await SaveProfileAsync(batch, revision.Encoding is not null, access.UserName, ct);
            }

            await db.SaveChangesAsync(ct);
            var rows = problems.Count == 0 ? await preview.RowsAsync(reader, mapping, dates.Evidence, PreviewImport.DefaultRows, ct) : [];
            return ImportResult<StagedImport>.Ok(new StagedImport(
                batch.Id, sniffed.Format, batch.Encoding, sniffed.Sheets, sheet, reader.Headers, mapping, false, problems, rows, batch.Policy, dates, batch.UpdateChanged));
        }
        catch (ImportFileException e)
        {
            return ImportResult<StagedImport>.Fail(ImportProblemKind.BadFile, e.Message);
        }
    }

    /// <summary>The source's profile takes this batch's mapping, sheet and policy (and its encoding when the user chose one), for its next files.</summary>
    private async Task SaveProfileAsync(ImportBatch batch, bool encodingChosen, string user, CancellationToken ct)
    {
        var profile = await db.ImportProfiles.FirstOrDefaultAsync(p => p.Name == batch.Source, ct);
        if (profile is null)
        {
            profile = new ImportProfile { Name = batch.Source };
            db.ImportProfiles.Add(profile);
        }

        profile.MappingJson = batch.MappingJson;
        profile.Sheet = batch.Sheet;
        profile.Policy = batch.Policy;
        profile.Encoding = encodingChosen ? batch.Encoding : profile.Encoding;
        (profile.UpdatedBy, profile.UpdatedAtUtc) = (user, time.GetUtcNow().UtcDateTime);
    }
}
