using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Tests.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>Issue 19 item 11: a reference once issued names one incident forever, even after that incident is gone.</summary>
public sealed class ReferenceNumberTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_AfterImportRolledBack_NeverReusesItsReferences(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, first) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        var issued = await ReferencesAsync(services);
        await services.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(first!.Value!.BatchId));

        var form = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure()));
        var (_, again) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");

        Assert.Equal(["FP-2023-000001", "FP-2024-000001", "FP-2024-000002"], issued);
        Assert.True(form.Succeeded);
        Assert.Equal(ImportBatchState.Committed, again!.Value!.State);
        var now = await ReferencesAsync(services);
        Assert.Equal(["FP-2023-000002", "FP-2024-000003", "FP-2024-000004", "FP-2024-000005"], now);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_AfterLatestIncidentDeleted_NeverReusesItsReference(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");
        await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("A-1")));
        var second = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("A-2")));
        await using (var db = await services.ContextAsync())
        {
            await db.Firearms.Where(f => f.IncidentId == second.Value).ExecuteDeleteAsync();
            await db.Ammunition.Where(a => a.IncidentId == second.Value).ExecuteDeleteAsync();
            await db.IncidentSearchTerms.Where(t => t.IncidentId == second.Value).ExecuteDeleteAsync();
            await db.Incidents.Where(i => i.Id == second.Value).ExecuteDeleteAsync();
        }

        await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("A-3")));

        Assert.Equal(["FP-2024-000001", "FP-2024-000003"], await ReferencesAsync(services));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_ManyAtOnce_EachGetsItsOwnReference(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n =>
            services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure($"S-{n}")))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"FP-2024-{n:D6}"), await ReferencesAsync(services));
    }

    private static async Task<List<string>> ReferencesAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services)
    {
        await using var db = await services.ContextAsync();
        return await db.Incidents.OrderBy(i => i.Reference).Select(i => i.Reference).ToListAsync();
    }
}
