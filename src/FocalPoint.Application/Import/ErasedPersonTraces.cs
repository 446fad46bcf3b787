using System.Text.Json;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Import;

/// <summary>Who was erased, as an import row would name them.</summary>
public sealed record ErasedPerson(string GivenName, string FamilyName, DateOnly? DateOfBirth, string? PersonalNumber);

/// <summary>
/// An erased person must not live on in the import area: quarantined rows (waiting for correction) and staged files
/// (waiting for commit) that name them go too. A row names the person when a cell holds their personal number, or cells
/// hold both their names and, when their birth date is known, that date. A staged file naming them is discarded whole:
/// a file cannot be edited in place, and the agency can send it again without that person.
/// </summary>
public sealed class ErasedPersonTraces(FocalPointDbContext db, IOptions<ImportOptions> options, TimeProvider time)
{
    private const int Page = 500;

    /// <summary>Deletes the quarantined rows naming the person, in the caller's transaction; returns how many.</summary>
    public async Task<int> RemoveQuarantinedAsync(ErasedPerson person, CancellationToken ct)
    {
        var removed = new List<long>();
        long after = 0;
        while (true)
        {
            // Rows are encrypted at rest: they can only be read and matched here, a page at a time.
            var rows = await db.QuarantinedRows.AsNoTracking().Where(q => q.Id > after).OrderBy(q => q.Id).Take(Page)
                .Select(q => new { q.Id, q.ValuesJson }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }

            after = rows[^1].Id;
            removed.AddRange(rows.Where(r => Names(person, JsonSerializer.Deserialize<Dictionary<string, string?>>(r.ValuesJson)!.Values)).Select(r => r.Id));
        }

        foreach (var chunk in removed.Chunk(1000))
        {
            await db.QuarantinedRows.Where(q => chunk.Contains(q.Id)).ExecuteDeleteAsync(ct);
        }

        return removed.Count;
    }

    /// <summary>Discards every batch still holding a staged file that names the person, deleting the file; returns the batch ids.</summary>
    public async Task<IReadOnlyList<long>> DiscardStagedAsync(ErasedPerson person, CancellationToken ct)
    {
        var staged = await db.ImportBatches.Where(b => b.State == ImportBatchState.Staged || b.State == ImportBatchState.Committing).ToListAsync(ct);
        var discarded = new List<long>();
        foreach (var batch in staged.Where(b => File.Exists(b.StoredPath)))
        {
            if (!FileNames(batch, person, ct))
            {
                continue;
            }

            File.Delete(batch.StoredPath);
            (batch.State, batch.FinishedAtUtc) = (ImportBatchState.Discarded, time.GetUtcNow().UtcDateTime);
            batch.Message = "Discarded: the file named a person who was erased. Ask the source for the file without that person.";
            discarded.Add(batch.Id);
        }

        await db.SaveChangesAsync(ct);
        return discarded;
    }

    private bool FileNames(ImportBatch batch, ErasedPerson person, CancellationToken ct)
    {
        try
        {
            var sniffed = SourceOpener.Sniff(batch.StoredPath, batch.FileName, batch.Encoding, options.Value, FieldProtection.Of(db));
            using var reader = SourceOpener.Open(batch.StoredPath, batch.FileName, sniffed, batch.Sheet);
            return reader.ReadRows(ct).Any(row => Names(person, row.Values));
        }
        catch (ImportFileException)
        {
            // A staged copy that can no longer be read cannot be shown to be free of the person: it goes too.
            return true;
        }
    }

    internal static bool Names(ErasedPerson person, IEnumerable<string?> cells)
    {
        var values = cells.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).ToList();
        if (person.PersonalNumber is { Length: > 0 } number && values.Contains(number.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var named = values.Contains(person.GivenName.Trim(), StringComparer.OrdinalIgnoreCase)
            && values.Contains(person.FamilyName.Trim(), StringComparer.OrdinalIgnoreCase);
        return named && (person.DateOfBirth is not { } born || values.Any(v => IsDate(v, born)));
    }

    private static bool IsDate(string value, DateOnly born) =>
        (ValueParsers.TryDate(value, DateOrder.DayFirst, out var dayFirst) && DateOnly.FromDateTime(dayFirst) == born)
        || (ValueParsers.TryDate(value, DateOrder.MonthFirst, out var monthFirst) && DateOnly.FromDateTime(monthFirst) == born);
}
