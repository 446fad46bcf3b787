using System.Security.Cryptography;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Import;

/// <summary>What the user chose when uploading; anything left empty comes from the source's profile or is detected.</summary>
public sealed record StageRequest(string Source, string FileName, ImportPolicy? Policy = null, string? Encoding = null, string? Sheet = null,
    ImportMapping? Mapping = null, bool RequireCompleteMapping = false, bool SaveProfile = true, MappingEdit? Edit = null, bool UpdateChanged = false);

/// <summary>A stored, sniffed file ready to map, preview and commit.</summary>
public sealed record StagedImport(
    long BatchId, ImportFormat Format, string? Encoding, IReadOnlyList<string> Sheets, string? Sheet, IReadOnlyList<string> Headers,
    ImportMapping Mapping, bool MappingFromProfile, IReadOnlyList<string> MappingProblems, IReadOnlyList<PreviewRow> Preview,
    ImportPolicy Policy = ImportPolicy.Refuse, DateOrderFinding? Dates = null, bool UpdateChanged = false);

/// <summary>
/// Step 1 of an import: keeps the upload in the import store (size-limited, hashed), checks what it really is (binary,
/// zip bomb, encoding) before parsing, reads the header, takes the source's saved mapping or suggests one, and records a
/// Staged batch. Nothing reaches the registry.
/// </summary>
public sealed class StageImport(FocalPointDbContext db, IAccessContext accessContext, PreviewImport preview, IOptions<ImportOptions> options, TimeProvider time)
{
    public async Task<ImportResult<StagedImport>> StageAsync(Stream content, StageRequest request, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.EditsRegistry)
        {
            return ImportResult<StagedImport>.Fail(ImportProblemKind.Forbidden, "Importing needs a registry editor's role.");
        }

        var fileName = Path.GetFileName(request.FileName);
        if (string.IsNullOrWhiteSpace(request.Source) || request.Source.Length > ImportProfile.MaxNameLength)
        {
            return ImportResult<StagedImport>.Fail(ImportProblemKind.BadFile, $"Name the source (profile) in at most {ImportProfile.MaxNameLength} characters.");
        }

        var stored = Path.Combine(Directory.CreateDirectory(options.Value.StoreDirectory).FullName, $"{Guid.NewGuid():N}.upload");
        ImportBatch? batch = null;
        try
        {
            var (sha, bytes) = await StoreAsync(content, stored, fileName, ct);
            if (await EarlierImport.FindAsync(db, sha, 0, ct) is { } earlier)
            {
                File.Delete(stored);
                return ImportResult<StagedImport>.Fail(EarlierImport.Problem(fileName, earlier));
            }

            var profile = await db.ImportProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Name == request.Source, ct);
            var sniffed = SourceOpener.Sniff(stored, fileName, request.Encoding ?? profile?.Encoding, options.Value, Data.Protection.FieldProtection.Of(db));
            var sheet = sniffed.Format == ImportFormat.Xlsx ? request.Sheet ?? profile?.Sheet ?? sniffed.Sheets.FirstOrDefault() : null;
            using var reader = SourceOpener.Open(stored, fileName, sniffed, sheet);
            var mapping = (request.Mapping ?? (profile is null ? ImportMapping.Suggest(reader.Headers) : ImportMapping.FromJson(profile.MappingJson))).With(request.Edit);
            var problems = mapping.Check(reader.Headers);
            if (problems.Count > 0 && request.RequireCompleteMapping)
            {
                throw new ImportFileException($"{fileName}: {string.Join("; ", problems)}.");
            }

            batch = new ImportBatch
            {
                Source = request.Source, FileName = fileName, Sheet = sheet, FileSha256 = sha, FileBytes = bytes, StoredPath = stored,
                Format = sniffed.Format.ToString(), Encoding = sniffed.Encoding?.WebName, MappingJson = mapping.ToJson(),
                Policy = request.Policy ?? profile?.Policy ?? ImportPolicy.Refuse, State = ImportBatchState.Staged,
                UpdateChanged = request.UpdateChanged,
                CreatedBy = access.UserName, CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);

            // Every row is read for the date order once the batch is recorded: a file that breaks on the way ends Failed, not orphaned.
            var dates = problems.Count == 0 ? DateOrderScan.Scan(stored, fileName, sniffed, sheet, mapping, ct) : DateOrderFinding.Nothing;
            if (request.RequireCompleteMapping && dates.NeedsChoice && mapping.DateOrder is null)
            {
                throw new ImportFileException(DateOrderProblems.For(fileName, dates).Message);
            }

            batch.DateEvidence = dates.Evidence;
            if (profile is null && request.SaveProfile && problems.Count == 0)
            {
                db.ImportProfiles.Add(new ImportProfile
                {
                    Name = request.Source, MappingJson = batch.MappingJson, Encoding = request.Encoding, Sheet = request.Sheet, Policy = batch.Policy,
                    UpdatedBy = access.UserName, UpdatedAtUtc = batch.CreatedAtUtc,
                });
            }

            await db.SaveChangesAsync(ct);
            var rows = problems.Count == 0 ? await preview.RowsAsync(reader, mapping, dates.Evidence, PreviewImport.DefaultRows, ct) : [];
            return ImportResult<StagedImport>.Ok(new StagedImport(
                batch.Id, sniffed.Format, batch.Encoding, sniffed.Sheets, sheet, reader.Headers, mapping, profile is not null, problems, rows, batch.Policy, dates, batch.UpdateChanged));
        }
        catch (ImportFileException e)
        {
            File.Delete(stored);
            if (batch is { Id: > 0 })
            {
                // The file broke in its first rows after the batch was recorded: the batch ends Failed, never Staged without its file.
                (batch.State, batch.Message, batch.FinishedAtUtc) = (ImportBatchState.Failed, e.Message.Length > 2000 ? e.Message[..2000] : e.Message, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return ImportResult<StagedImport>.Fail(ImportProblemKind.BadFile, e.Message);
        }
    }

    private async Task<(string Sha, long Bytes)> StoreAsync(Stream content, string path, string fileName, CancellationToken ct)
    {
        var limit = options.Value.MaxFileBytes;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Encrypted as it is written: the upload names persons, and no plaintext copy may rest on the import store's disk.
        await using var file = ProtectedFile.Create(path, Data.Protection.FieldProtection.Of(db));
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new ImportFileException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{fileName} is larger than the {limit:N0} bytes allowed (Import:MaxFileBytes)."));
            }

            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }
}
