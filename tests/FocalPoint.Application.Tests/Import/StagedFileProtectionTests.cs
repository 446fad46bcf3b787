using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 5: the staged file is encrypted at rest like the registry's personal fields, and erasing a person reaches the import area.</summary>
public sealed class StagedFileProtectionTests
{
    private const string Named = "Zymer;Quokkaj;i dyshuar;9988776655";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_FileNamingAPerson_IsStoredEncryptedAndReadBackWhole(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var file = ImportFiles.Header + $"\nQ-1;01.05.2024;Gjakovë;Pistol found;Pistoletë;;S2;{Named}\n";

        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(ImportFiles.Utf8(file), new StageRequest("kp", "named.csv", Edit: ImportFiles.Meanings)));
        var raw = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(await StoredPathAsync(services, staged.Value!.BatchId)));
        var committed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value.BatchId));

        Assert.DoesNotContain("Quokkaj", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("9988776655", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Numri", raw, StringComparison.Ordinal);
        Assert.Equal("Zymer Quokkaj (Suspect)", staged.Value.Preview[0].Values["Person"]);
        Assert.Equal(1, committed.Value!.PersonsImported);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ErasePerson_NamedInQuarantineAndInAStagedFile_LeavesNeitherAndKeepsOthers(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var first = ImportFiles.Header + $"\nE-1;01.05.2024;Gjakovë;Pistol found;Pistoletë;;S1;{Named}\n"
            + $"E-2;32.05.2024;Gjakovë;Bad date;Pistoletë;;S2;{Named}\n"
            + "E-3;33.05.2024;Gjakovë;Bad date;Pistoletë;;S3;Ana;Berisha;viktimë;\n";
        await ImportFiles.ImportAsync(services, ImportFiles.Utf8(first), "first.csv", ImportPolicy.Quarantine);
        var naming = await StageAsync(services, ImportFiles.Header + $"\nF-1;02.05.2024;Pejë;Rifle;Pistoletë;;S9;{Named}\n", "naming.csv");
        var other = await StageAsync(services, ImportFiles.Header + "\nF-2;02.05.2024;Pejë;Rifle;Pistoletë;;S8;Ana;Berisha;viktimë;\n", "other.csv");
        long personId;
        await using (var db = await services.ContextAsync())
        {
            personId = await db.Persons.Where(p => p.FamilyName == "Quokkaj").Select(p => p.Id).SingleAsync();
        }

        var erased = await services.RunAsync<ErasePerson, CommandResult<long>>(e => e.HandleAsync(personId, "Erasure ordered by the data protection officer."));

        Assert.True(erased.Succeeded);
        var rows = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(h => h.QuarantineAsync(1));
        Assert.Equal(["Berisha"], rows!.Select(r => r.Values["Mbiemri"]).Distinct());
        await using var check = await services.ContextAsync();
        var batches = await check.ImportBatches.AsNoTracking().ToDictionaryAsync(b => b.Id);
        Assert.Equal(ImportBatchState.Discarded, batches[naming].State);
        Assert.False(File.Exists(batches[naming].StoredPath));
        Assert.Equal(ImportBatchState.Staged, batches[other].State);
        Assert.True(File.Exists(batches[other].StoredPath));
    }

    private static async Task<long> StageAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string file, string name)
    {
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(ImportFiles.Utf8(file), new StageRequest("kp", name, Edit: ImportFiles.Meanings)));
        Assert.True(staged.Succeeded, staged.Problem?.Message);
        return staged.Value!.BatchId;
    }

    private static async Task<string> StoredPathAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, long batchId)
    {
        await using var db = await services.ContextAsync();
        return await db.ImportBatches.Where(b => b.Id == batchId).Select(b => b.StoredPath).SingleAsync();
    }
}
