using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 6: a column nobody decided on is shown, and kind and handling code are never assumed.</summary>
public sealed class ImportMappingDecisionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_ProfileMeetsFileWithANewColumn_ShowsItUntilMappedOrIgnored(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv");
        var wider = string.Join('\n', ImportFiles.Good.Split('\n').Select((line, i) => line.Length == 0 ? line : line + (i == 0 ? ";Lloji i incidentit" : ";te shtena")));

        var undecided = await Stage(services, wider, "kp-wider.csv", null);
        var (ignored, ignoredCommit) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(wider.Replace("A-", "C-", StringComparison.Ordinal)), "kp-ignored.csv",
            edit: ImportFiles.Meanings with { Ignored = ["Lloji i incidentit"] });

        Assert.Contains(undecided.Value!.MappingProblems, p => p.Contains("\"Lloji i incidentit\" is neither mapped nor ignored", StringComparison.Ordinal));
        Assert.Empty(undecided.Value.Preview);
        Assert.Empty(ignored.Value!.MappingProblems);
        Assert.Equal(3, ignoredCommit!.Value!.RecordsImported);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_FileWithoutKindOrHandlingCode_IsRefusedUntilAValueIsChosen(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var silent = await Stage(services, ImportFiles.Good, "kp.csv", null);
        var refused = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(silent.Value!.BatchId));
        var chosen = new MappingEdit(Constants: new Dictionary<string, string> { ["Kind"] = "ShootingOrMisuse", ["HandlingCode"] = "H2" }, AcceptCloseMatches: true);
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.Good), "kp.csv", edit: chosen);

        Assert.Contains(silent.Value!.MappingProblems, p => p.StartsWith("no column and no value for every row gives Kind", StringComparison.Ordinal));
        Assert.Contains(silent.Value.MappingProblems, p => p.StartsWith("no column and no value for every row gives HandlingCode", StringComparison.Ordinal));
        Assert.Equal(ImportProblemKind.BadFile, refused.Problem!.Kind);
        Assert.Equal(3, committed!.Value!.RecordsImported);
        await using var db = await services.ContextAsync();
        Assert.Equal(3, await db.Incidents.CountAsync(i => i.Kind == IncidentKind.ShootingOrMisuse && i.HandlingCode == HandlingCode.H2));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_EmptyKindCell_IsARowErrorNotASeizure(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        const string file = "Key;Date;Municipality;Narrative;Kind;Handling code\nK-1;01.05.2024;Prizren;Shots fired at a wedding;;H1\n";

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "kinds.csv", edit: new MappingEdit());

        Assert.Equal(ImportProblemKind.RowsRefused, committed!.Problem!.Kind);
        Assert.Contains(committed.Value!.FirstErrors, e => e.Field == "Kind" && e.Problem.StartsWith("Required", StringComparison.Ordinal));
    }

    private static Task<ImportResult<StagedImport>> Stage(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string text, string name, MappingEdit? edit) =>
        services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(ImportFiles.Utf8(text), new StageRequest("kp", name, Edit: edit)));
}
