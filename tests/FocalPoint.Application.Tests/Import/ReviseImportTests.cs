using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

public sealed class ReviseImportTests
{
    /// <summary>"Vendi" is no known column name: the municipality must be mapped by hand.</summary>
    private const string UnusualHeader = "Numri i rastit;Data;Vendi i ngjarjes;Pershkrimi\nV-1;17.05.2024;Prishtinë;Pistol found\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Revise_EditedMappingSavedAsProfile_IsUsedForTheSourcesNextFile(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var first = await StageAsync(services, UnusualHeader, "first.csv");
        Assert.Contains(first.MappingProblems, p => p.Contains("Municipality", StringComparison.Ordinal));
        var mapping = ImportMapping.FromJson(first.Mapping.ToJson());
        mapping.Columns[nameof(ImportField.Municipality)] = "Vendi i ngjarjes";

        var revised = await services.RunAsync<ReviseImport, ImportResult<StagedImport>>(r =>
            r.ReviseAsync(first.BatchId, new StageRevision(Mapping: mapping, Policy: ImportPolicy.Quarantine, SaveProfile: true)));
        var second = await StageAsync(services, UnusualHeader.Replace("V-1", "V-2", StringComparison.Ordinal), "second.csv");

        Assert.True(revised.Succeeded, revised.Problem?.Message);
        Assert.Empty(revised.Value!.MappingProblems);
        Assert.Equal("Prishtinë", Assert.Single(revised.Value.Preview).Values["Municipality"]);
        Assert.True(second.MappingFromProfile);
        Assert.Empty(second.MappingProblems);
        Assert.Equal(ImportPolicy.Quarantine, second.Policy);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Revise_EncodingTheFileRefuses_ExplainsAndKeepsTheBatch(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1250).GetBytes("Broj predmeta;Datum;Opština;Opis\nY-1;03.02.2024;Đakovica;Puška, Čačak\n");
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(s => s.StageAsync(new MemoryStream(bytes), (new StageRequest("mup", "mup.csv") with { Edit = ImportFiles.Meanings })));

        var revised = await services.RunAsync<ReviseImport, ImportResult<StagedImport>>(r => r.ReviseAsync(staged.Value!.BatchId, new StageRevision(Encoding: "utf-8")));

        Assert.Equal("windows-1250", staged.Value!.Encoding);
        Assert.Equal(ImportProblemKind.BadFile, revised.Problem!.Kind);
        Assert.Contains("mup.csv is not valid UTF-8", revised.Problem.Message, StringComparison.Ordinal);
        await using var db = await services.ContextAsync();
        Assert.Equal("windows-1250", (await db.ImportBatches.SingleAsync(b => b.Id == staged.Value.BatchId)).Encoding);
    }

    private static async Task<StagedImport> StageAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string text, string fileName)
    {
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(s => s.StageAsync(ImportFiles.Utf8(text), (new StageRequest("odd", fileName) with { Edit = ImportFiles.Meanings })));
        Assert.True(staged.Succeeded, staged.Problem?.Message);
        return staged.Value!;
    }
}
