using System.Globalization;
using CsvHelper;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.ErrorReport;
using FocalPoint.Application.Registry.Incidents.Export;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Import;

public sealed class ImportErrorReportTests
{
    /// <summary>Two bad rows, one of which tries a formula in a cell, and one good row.</summary>
    private static readonly string WithFormulas = ImportFiles.Header + "\n"
        + "C-1;32.05.2024;Prishtinë;Bad date;Pistoletë;;S1;;;;\n"
        + "C-2;01.05.2024;\"=HYPERLINK(\"\"http://evil\"\")\";@SUM(A1);Pistoletë;;S2;;;;\n"
        + "C-3;01.05.2024;Gjakovë;Good row;Pistoletë;7,62x39;S3;;;;\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteCsv_QuarantinedRows_OneLinePerErrorWithOriginalValuesAndFormulasNeutralised(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var batchId = await ImportWithFormulasAsync(services);

        using var output = new MemoryStream();
        await services.RunAsync<ImportErrorReport, bool>(async r => { await r.WriteAsync(batchId, ExportFormat.Csv, output); return true; });

        output.Position = 0;
        using var csv = CsvReader.Create(output, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var rows = new List<string[]>();
        rows.Add([.. csv.Headers.Select(h => h ?? "")]);
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")]);
        }

        Assert.Equal(["Row", "Column", "Problem", "SuggestedFix", "Value", "Numri i rastit", "Data", "Komuna"], rows[0].Take(8));
        Assert.Equal(["2", "Data", "Not a date.", "32.05.2024"], new[] { rows[1][0], rows[1][1], rows[1][2], rows[1][4] });
        var formula = Assert.Single(rows, r => r[0] == "3");
        Assert.Equal("Komuna", formula[1]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", formula[4]);
        Assert.Equal("'=HYPERLINK(\"http://evil\")", formula[7]);
        Assert.Equal("'@SUM(A1)", formula[8]);
        Assert.DoesNotContain(rows, r => r[0] == "4");
        var audit = services.GetRequiredService<RecordingAuditLog>().Events.Last();
        Assert.Equal((AuditAction.Export, $"ImportBatch/{batchId}"), (audit.Action, audit.RecordIds[0]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WriteXlsx_QuarantinedRows_OpensWithTheSameLinesAndFormulasAsText(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var batchId = await ImportWithFormulasAsync(services);

        using var output = new MemoryStream();
        await services.RunAsync<ImportErrorReport, bool>(async r => { await r.WriteAsync(batchId, ExportFormat.Xlsx, output); return true; });

        output.Position = 0;
        Assert.Equal([ImportErrorReport.SheetName], MiniExcel.GetSheetNames(output));
        var rows = MiniExcel.Query(output, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["2", "3"], rows.Select(r => Convert.ToString(r["Row"], CultureInfo.InvariantCulture)));
        Assert.Equal("'=HYPERLINK(\"http://evil\")", rows[1]["Komuna"]);
        Assert.Equal("'@SUM(A1)", rows[1]["Pershkrimi"]);
        Assert.Equal("Write it as dd.MM.yyyy, d/M/yy or yyyy-MM-dd, with HH:mm if known.", rows[0]["SuggestedFix"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FileName_BatchOfAnotherUser_IsNull(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var batchId = await ImportWithFormulasAsync(services);
        var other = TestServices.For(database, access: TestUsers.Analyst("someone-else"));

        var name = await other.RunAsync<ImportErrorReport, string?>(r => r.FileNameAsync(batchId));

        Assert.Null(name);
    }

    private static async Task<long> ImportWithFormulasAsync(ServiceProvider services)
    {
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(WithFormulas), "formulas.csv", ImportPolicy.Quarantine);
        Assert.True(committed is { Succeeded: true }, committed?.Problem?.Message ?? "not staged");
        Assert.Equal(2, committed!.Value!.RowsQuarantined);
        return committed.Value.BatchId;
    }
}
