using FocalPoint.Application.Import;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Import;

public sealed class ImportCommitTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_GoodFile_StoresNormalisedRecordsWithProvenanceAndOneAuditEntry(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");

        Assert.True(committed!.Succeeded, committed.Problem?.Message);
        Assert.Equal(3, committed.Value!.RecordsImported);
        await using var db = await services.ContextAsync();
        var pec = await db.Incidents.Include(i => i.Firearms).ThenInclude(f => f.Calibre).Include(i => i.Persons).ThenInclude(p => p.Person)
            .SingleAsync(i => i.Municipality!.NameSq == "Pejë");
        Assert.Equal(2, pec.Firearms.Count);
        Assert.Contains(pec.Firearms, f => f.Calibre!.Name == "7.62x39mm" && f.SerialNormalised == "X99");
        Assert.Equal(PersonRole.Suspect, Assert.Single(pec.Persons).Role);
        Assert.Equal(1, await db.Incidents.CountAsync(i => i.Municipality!.NameSq == "Prizren" && i.OccurredOn == new DateOnly(2023, 12, 31)));
        Assert.True(await db.IncidentSearchTerms.AnyAsync(t => t.IncidentId == pec.Id));
        var person = await db.Persons.SingleAsync(p => p.FamilyName == "Krasniqi");
        Assert.NotNull(person.PersonalNumberIndex);
        Assert.Equal(3, await db.ImportRecords.CountAsync(r => r.BatchId == committed.Value.BatchId));
        var audit = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Collect, "ImportBatch"), (audit.Action, audit.RecordKind));
        Assert.Equal($"ImportBatch/{committed.Value.BatchId}", Assert.Single(audit.RecordIds));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_LaterFileRepeatingImportedRecords_SkipsThemAndImportsTheNewOne(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        var (_, second) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good + "A-4;01.06.2024;Gjilan;Shotgun handed in;Shotgun;;G4;;;;\n"), "kp-june.csv");

        Assert.True(second!.Succeeded, second.Problem?.Message);
        Assert.Equal((1L, 4L), (second.Value!.RecordsImported, second.Value.RowsSkipped));
        Assert.Equal(4, (await ImportFiles.CountsAsync(services)).Incidents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_RefusePolicyWithBadRows_ChangesNothingAndReportsEveryError(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.WithErrors), "bad.csv");

        Assert.Equal(ImportProblemKind.RowsRefused, committed!.Problem!.Kind);
        Assert.Equal((0, 0, 0), await ImportFiles.CountsAsync(services));
        var errors = await services.RunAsync<ImportBatches, List<ImportErrorLine>>(h => h.ErrorsAsync(committed.Value!.BatchId).ToListAsync().AsTask());
        Assert.Equal([2L, 3L], errors.Select(e => e.Row));
        Assert.Contains(errors[1].Errors, e => e.Field == "Komuna" && e.Value == "Atlantis");
        Assert.Equal("Atlantis", errors[1].Values["Komuna"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_QuarantinePolicy_ImportsGoodRowsAndKeepsTheRest(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.WithErrors), "bad.csv", ImportPolicy.Quarantine);

        Assert.True(committed!.Succeeded);
        Assert.Equal((1L, 2L), (committed.Value!.RecordsImported, committed.Value.RowsQuarantined));
        await using var db = await services.ContextAsync();
        Assert.Equal(2, await db.QuarantinedRows.CountAsync(q => q.BatchId == committed.Value.BatchId));
        Assert.Equal(1, await db.Persons.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rollback_CommittedBatch_RemovesItsRecordsAndAllowsReimport(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");

        var rolledBack = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(committed!.Value!.BatchId));
        var again = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");

        Assert.Equal(3, rolledBack.Value);
        Assert.Equal(3, again.Committed!.Value!.RecordsImported);
        Assert.Contains(services.GetRequiredService<RecordingAuditLog>().Events, e => e.Action == AuditAction.Erase && e.RecordKind == "ImportBatch");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rollback_WhenAnImportedIncidentWasEdited_IsRefused(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        await using (var db = await services.ContextAsync())
        {
            await db.Incidents.Take(1).ExecuteUpdateAsync(s => s.SetProperty(i => i.UpdatedAtUtc, DateTime.UnixEpoch));
        }

        var rolledBack = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(committed!.Value!.BatchId));

        Assert.Equal(ImportProblemKind.Conflict, rolledBack.Problem!.Kind);
        Assert.Equal(3, (await ImportFiles.CountsAsync(services)).Incidents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_Cancelled_LeavesRegistryUnchangedAndBatchResumable(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(ImportFiles.Utf8(ImportFiles.Good), (new StageRequest("kp", "kp.csv") with { Edit = ImportFiles.Meanings })));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(_ => cancel.Cancel());

        var cancelled = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId, progress, cancel.Token));
        var counts = await ImportFiles.CountsAsync(services);
        var resumed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId));

        Assert.Equal(ImportProblemKind.Cancelled, cancelled.Problem!.Kind);
        Assert.Equal((0, 0, 0), counts);
        Assert.Equal(3, resumed.Value!.RecordsImported);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_UserWithoutEditorRole_IsForbidden(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var services = TestServices.For(database, access: TestUsers.Commander());

        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(ImportFiles.Utf8(ImportFiles.Good), (new StageRequest("kp", "kp.csv") with { Edit = ImportFiles.Meanings })));

        Assert.Equal(ImportProblemKind.Forbidden, staged.Problem!.Kind);
    }

    /// <summary>Reports synchronously on the caller's thread, unlike Progress&lt;T&gt;; cancels on the first chunk.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
