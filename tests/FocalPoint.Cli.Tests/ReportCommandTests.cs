using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using MiniExcelLibs;

namespace FocalPoint.Cli.Tests;

/// <summary>`focalpoint report bulletin|roadmap`: a PDF and its annex from the registry, errors as exit codes.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_BulletinOfAMonthWithData_WritesThePdfAndTheAnnex()
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var services = TestServices.For(database))
        {
            Assert.True((await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure()))).Succeeded);
        }

        var result = await CliRunner.RunAsync(
            "report", "bulletin", "--period", "2024-05", "--lang", "sq", "--out", folder.Path("b.pdf"), "--xlsx", folder.Path("b.xlsx"),
            "--provider", "Sqlite", "--connection", database.ConnectionString);

        Assert.Equal(0, result.Exit);
        Assert.Contains("edition 1 (draft)", result.Out, StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(folder.Path("b.pdf")))[..4]);
        var figures = (await MiniExcel.QueryAsync(folder.Path("b.xlsx"), useHeaderRow: true, sheetName: "Figures")).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(1m, Convert.ToDecimal(figures.Single(r => (string)r["Id"]! == "FIREARMS_RECOVERED")["Value"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Report_RoadmapForAMonth_ExitsOneNamingThePeriod()
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await CliRunner.RunAsync("report", "roadmap", "--period", "2024-05", "--out", folder.Path("r.pdf"), "--provider", "Sqlite", "--connection", database.ConnectionString);

        Assert.Equal(1, result.Exit);
        Assert.Contains("Period: Write the period as 2024", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Path("r.pdf")));
    }

    [Fact]
    public async Task Report_UnknownProduct_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("report", "pamphlet", "--period", "2024", "--out", "x.pdf");

        Assert.Equal(2, result.Exit);
    }
}
