using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 4: every reader bounds a cell and a record, so one huge value cannot take the memory.</summary>
public sealed class ImportRecordLimitTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_XlsxWithOneHugeCell_IsRefusedNamingTheLimit(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[] { new Dictionary<string, object> { ["Data"] = "17.05.2024", ["Komuna"] = "Prizren", ["Pershkrimi"] = Letters(1_200_000) } });
        workbook.Position = 0;

        var (staged, _) = await ImportFiles.ImportAsync(services, workbook, "huge-cell.xlsx");

        Assert.Equal(ImportProblemKind.BadFile, staged.Problem!.Kind);
        Assert.Contains("huge-cell.xlsx: a cell in xl/", staged.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("longer than the 1,048,576 characters allowed", staged.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_JsonLineLongerThanTheLimit_IsRefusedAndLeavesNoStagedBatch(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var file = "{\"Data\":\"17.05.2024\",\"Komuna\":\"Prizren\",\"Pershkrimi\":\"ok\"}\n"
            + "{\"Data\":\"18.05.2024\",\"Komuna\":\"Prizren\",\"Pershkrimi\":\"" + Letters(4_300_000) + "\"}\n";

        var (staged, _) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "huge-line.jsonl");

        Assert.Equal(ImportProblemKind.BadFile, staged.Problem!.Kind);
        Assert.Contains("huge-line.jsonl, line 2 is longer than the 4,194,304 characters allowed", staged.Problem.Message, StringComparison.Ordinal);
        await using var db = await services.ContextAsync();
        Assert.DoesNotContain(db.ImportBatches, b => b.State == Domain.Import.ImportBatchState.Staged);
    }

    /// <summary>Random letters: they compress about as little as real text, so the zip-bomb ratio check does not fire first.</summary>
    private static string Letters(int count)
    {
        var random = new Random(5);
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('a' + random.Next(26)));
        }

        return text.ToString();
    }
}
