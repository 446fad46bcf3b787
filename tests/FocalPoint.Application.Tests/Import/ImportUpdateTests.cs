using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 11: a re-imported file whose rows changed can update its records, with provenance, and be undone.</summary>
public sealed class ImportUpdateTests
{
    private const string Header = ImportFiles.Header + ";HandlingCode";

    private static string File(string narrative, string handling, string municipality = "Prishtinë") => Header + "\n"
        + $"U-1;17.05.2024 14:30;{municipality};{narrative};Pistoletë;7,62x25;AB-123;Arben;Krasniqi;i dyshuar;1234567890;{handling}\n"
        + $"U-2;01.03.2024;Pejë;Rifle seized at a house search;Pushkë automatike;7.62×39 mm;X 99;;;;;{handling}\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_ChangedRowsWithoutUpdate_RefusedNamingTheUpdateOption(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("Pistol found in a car boot", "H1")), "one.csv");

        var (_, second) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("Pistol and magazine found in a car boot", "H1")), "two.csv");

        Assert.Equal(ImportBatchState.Failed, second!.Value!.State);
        var error = Assert.Single(second.Value.FirstErrors);
        Assert.Contains("imported before (batch 1) with different content", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--update", error.Suggestion, StringComparison.Ordinal);
        Assert.Equal("Pistol found in a car boot", await NarrativeAsync(services, "U-1"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_ChangedRowsWithUpdate_UpdatesWithProvenanceAndRollbackRestoresTheEarlierValues(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, first) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("Pistol found in a car boot", "H1")), "one.csv");

        var updated = await UpdateAsync(services, File("Pistol and magazine found in a car boot", "H2", "Gjakovë"), "two.csv");
        var afterUpdate = await IncidentAsync(services, "U-1");
        var revisions = await RevisionsAsync(services);
        var undone = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(updated.BatchId));
        var afterRollback = await IncidentAsync(services, "U-1");
        var original = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(first!.Value!.BatchId));

        Assert.Equal((0, 2), (updated.RecordsImported, updated.RecordsUpdated));
        Assert.Equal(("Pistol and magazine found in a car boot", HandlingCode.H2, 2), (afterUpdate.Narrative, afterUpdate.HandlingCode, afterUpdate.Version));
        Assert.All(revisions, r => Assert.Equal(updated.BatchId, r.BatchId));
        Assert.Equal(2, revisions.Count);
        Assert.True(undone.Succeeded, undone.Problem?.Message);
        Assert.Equal(("Pistol found in a car boot", HandlingCode.H1, 1), (afterRollback.Narrative, afterRollback.HandlingCode, afterRollback.Version));
        Assert.NotEqual(afterUpdate.MunicipalityId, afterRollback.MunicipalityId);
        Assert.Empty(await RevisionsAsync(services));
        Assert.True(original.Succeeded, original.Problem?.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_UpdateThatWouldLowerTheHandlingCode_RefusedAndNothingChanged(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("Pistol found in a car boot", "H2")), "one.csv");

        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(
            ImportFiles.Utf8(File("Pistol and magazine found in a car boot", "H0")),
            new StageRequest("kp", "two.csv", ImportPolicy.Quarantine, Edit: ImportFiles.Meanings, UpdateChanged: true)));
        var committed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId));

        Assert.Equal(0, committed.Value!.RecordsUpdated);
        Assert.All(committed.Value.FirstErrors, e => Assert.Contains("from H2 to H0; an update never lowers it", e.Problem, StringComparison.Ordinal));
        var incident = await IncidentAsync(services, "U-1");
        Assert.Equal((HandlingCode.H2, "Pistol found in a car boot"), (incident.HandlingCode, incident.Narrative));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rollback_EarlierBatchWhoseRecordsWereUpdated_RefusedNamingTheUpdatingBatch(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, first) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("Pistol found in a car boot", "H1")), "one.csv");
        var updated = await UpdateAsync(services, File("Pistol and magazine found in a car boot", "H1"), "two.csv");

        var refused = await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(first!.Value!.BatchId));

        Assert.Equal(ImportProblemKind.Conflict, refused.Problem!.Kind);
        Assert.Contains($"batch {updated.BatchId} updated its records since", refused.Problem.Message, StringComparison.Ordinal);
    }

    private static async Task<ImportSummary> UpdateAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string file, string name)
    {
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(
            ImportFiles.Utf8(file), new StageRequest("kp", name, ImportPolicy.Refuse, Edit: ImportFiles.Meanings, UpdateChanged: true)));
        var committed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId));
        Assert.True(committed.Succeeded, committed.Problem?.Message);
        return committed.Value!;
    }

    private static async Task<Incident> IncidentAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string key)
    {
        await using var db = await services.ContextAsync();
        var id = await db.ImportRecords.Where(r => r.SourceKey == key).Select(r => r.RecordId).SingleAsync();
        return await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    private static async Task<string?> NarrativeAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string key) =>
        (await IncidentAsync(services, key)).Narrative;

    private static async Task<List<ImportRevision>> RevisionsAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services)
    {
        await using var db = await services.ContextAsync();
        return await db.ImportRevisions.AsNoTracking().ToListAsync();
    }
}
