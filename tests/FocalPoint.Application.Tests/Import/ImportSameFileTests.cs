using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 2: the file's hash is checked, not only stored; another profile name does not make it a new file.</summary>
public sealed class ImportSameFileTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_SameFileUnderAnotherProfile_IsRefusedNamingTheEarlierBatch(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, first) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");

        var (again, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "renamed.csv", source: "other-profile");

        Assert.Null(committed);
        Assert.Equal(ImportProblemKind.Conflict, again.Problem!.Kind);
        Assert.Equal("AlreadyImported", again.Problem.Code);
        Assert.Contains($"batch {first!.Value!.BatchId}", again.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await ImportFiles.CountsAsync(services)).Incidents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_TwoStagedCopiesOfOneFile_SecondIsRefused(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var one = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(ImportFiles.Utf8(ImportFiles.Good), (new StageRequest("kp", "a.csv") with { Edit = ImportFiles.Meanings })));
        var two = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(ImportFiles.Utf8(ImportFiles.Good), (new StageRequest("police", "b.csv") with { Edit = ImportFiles.Meanings })));

        var first = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(one.Value!.BatchId));
        var second = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(two.Value!.BatchId));

        Assert.Equal(ImportBatchState.Committed, first.Value!.State);
        Assert.Equal("AlreadyImported", second.Problem!.Code);
        Assert.Equal(3, (await ImportFiles.CountsAsync(services)).Incidents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_FileOfARolledBackBatch_IsAccepted(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, first) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(first!.Value!.BatchId));

        var (_, again) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv", source: "other-profile");

        Assert.Equal(3, again!.Value!.RecordsImported);
    }
}
