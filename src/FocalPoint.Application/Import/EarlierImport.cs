using FocalPoint.Data;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import;

/// <summary>
/// The same bytes imported before, under any source name: a second import would duplicate every record whose key the
/// other profile does not share, so the file is refused naming the batch that holds it (roll that back to import again).
/// </summary>
internal static class EarlierImport
{
    public static Task<ImportBatch?> FindAsync(FocalPointDbContext db, string sha256, long exceptBatchId, CancellationToken ct) =>
        db.ImportBatches.AsNoTracking()
            .Where(b => b.FileSha256 == sha256 && b.Id != exceptBatchId && b.CorrectsBatchId == null
                && (b.State == ImportBatchState.Committed || b.State == ImportBatchState.Committing))
            .OrderBy(b => b.Id).FirstOrDefaultAsync(ct);

    public static ImportProblem Problem(string fileName, ImportBatch earlier)
    {
        var id = earlier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return earlier.State == ImportBatchState.Committing
            ? new ImportProblem(ImportProblemKind.Conflict,
                $"{fileName} is being imported as batch {id} ({earlier.Source}, {earlier.FileName}), or that import was interrupted: resume or discard batch {id}.",
                "AlreadyImporting", [fileName, id, earlier.Source])
            : new ImportProblem(ImportProblemKind.Conflict,
                $"{fileName} was already imported as batch {id} ({earlier.Source}, {earlier.FileName}); nothing was imported again. Roll batch {id} back to import the file anew.",
                "AlreadyImported", [fileName, id, earlier.Source]);
    }
}
