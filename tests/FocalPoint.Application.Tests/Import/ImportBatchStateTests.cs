using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 items 7 and 8: no orphan batches, a clear answer from every command in every state, rows as a spreadsheet counts them.</summary>
public sealed class ImportBatchStateTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_FileBrokenInItsFirstRows_EndsFailedNotStaged(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        const string file = "{\"Data\":\"17.05.2024\",\"Komuna\":\"Prizren\",\"Pershkrimi\":\"ok\"}\n{\"Data\":\"18.05.2024\",\"Komu";

        var (staged, _) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "cut.jsonl");

        Assert.Equal(ImportProblemKind.BadFile, staged.Problem!.Kind);
        await using var db = await services.ContextAsync();
        var batch = await db.ImportBatches.SingleAsync();
        Assert.Equal(ImportBatchState.Failed, batch.State);
        Assert.Contains("line 2", batch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commands_OnBatchesInEachState_SayWhatStateAndWhatToDo(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        var id = committed!.Value!.BatchId;
        var recommit = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(id));
        var discardCommitted = await services.RunAsync<ImportBatches, ImportResult<long>>(h => h.DiscardAsync(id));
        await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(id));
        var discardRolledBack = await services.RunAsync<ImportBatches, ImportResult<long>>(h => h.DiscardAsync(id));
        var rollbackAgain = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(id));
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(ImportFiles.Utf8(ImportFiles.Good), new StageRequest("kp", "kp.csv", Edit: ImportFiles.Meanings)));
        await using (var db = await services.ContextAsync())
        {
            File.Delete((await db.ImportBatches.SingleAsync(b => b.Id == staged.Value!.BatchId)).StoredPath);
        }

        var resumeWithoutFile = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId));
        var rollbackStaged = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(staged.Value!.BatchId));

        Assert.Equal("BatchCommitted", recommit.Problem!.Code);
        Assert.Equal("BatchCommittedDiscard", discardCommitted.Problem!.Code);
        Assert.Equal("BatchRolledBack", discardRolledBack.Problem!.Code);
        Assert.Contains("already rolled back", discardRolledBack.Problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("roll it back", discardRolledBack.Problem.Message, StringComparison.Ordinal);
        Assert.Equal("BatchRolledBack", rollbackAgain.Problem!.Code);
        Assert.Equal("BatchFileGone", resumeWithoutFile.Problem!.Code);
        Assert.Equal("BatchNotCommitted", rollbackStaged.Problem!.Code);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_RowsAfterCellsWithLineBreaks_AreNumberedAsTheSpreadsheetShowsThem(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var file = ImportFiles.Header + "\n"
            + "A-1;17.05.2024;Prishtinë;\"Pistol found\nin a car boot,\r\nsecond line\";Pistoletë;;S1;;;;\n"
            + "A-2;17.05.2024;Atlantis;Unknown place;Pistoletë;;S2;;;;\n";

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "lines.csv");

        Assert.Equal(3L, Assert.Single(committed!.Value!.FirstErrors).Row);
    }
}
