using System.Text;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Incidents.Export;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Registry;

public sealed class ExportIncidentsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Csv_Filtered_ListsExactlyTheScreensRowsAndIsAuditedOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await SeedAsync(services);
        var filter = new IncidentFilter { Kind = IncidentKind.Seizure, MunicipalityId = 1, Text = "car", Sort = IncidentSort.Oldest };
        var screen = await ScreenAsync(services, filter);
        var log = services.GetRequiredService<RecordingAuditLog>();
        var before = log.Events.Count;

        var (rows, _) = await ExportCsvAsync(services, filter);

        Assert.Equal(2, screen.Count);
        Assert.Equal(screen, rows.Select(r => r[0]));
        var entry = Assert.Single(log.Events.Skip(before));
        Assert.Equal(AuditAction.Export, entry.Action);
        Assert.Equal("Incident", entry.RecordKind);
        Assert.Contains("Kind,MunicipalityId,Text", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("rows 2", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("car", entry.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Xlsx_Filtered_OpensWithMiniExcelWithTheSameRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await SeedAsync(services);
        var filter = new IncidentFilter { Kind = IncidentKind.Seizure };
        var screen = await ScreenAsync(services, filter);

        using var output = new MemoryStream();
        var count = await services.RunAsync<ExportIncidents, int>(e => e.WriteAsync(filter, ExportFormat.Xlsx, output));

        output.Position = 0;
        Assert.Equal([ExportIncidents.SheetName], MiniExcel.GetSheetNames(output));
        output.Position = 0;
        var rows = MiniExcel.Query(output, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, count);
        Assert.Equal(screen, rows.Select(r => (string)r["Reference"]!));
        Assert.Equal(IncidentExportLine.Columns, rows[0].Keys);
        Assert.Equal(120d, rows[0]["Rounds"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FormulaInAddress_IsNeutralisedInCsvAndXlsx(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var input = IncidentInputs.Seizure("F-1");
        input.Address = "=cmd|' /C calc'!A0";
        input.Narrative = "=HYPERLINK(\"http://example.test\") in the narrative";
        await CreateAsync(services, input);

        var (csvRows, _) = await ExportCsvAsync(services, new IncidentFilter());
        using var xlsx = new MemoryStream();
        await services.RunAsync<ExportIncidents, int>(e => e.WriteAsync(new IncidentFilter(), ExportFormat.Xlsx, xlsx));
        xlsx.Position = 0;
        var xlsxRow = (IDictionary<string, object?>)MiniExcel.Query(xlsx, useHeaderRow: true).Single();

        Assert.Equal("'=cmd|' /C calc'!A0", csvRows.Single()[IndexOf(nameof(IncidentExportLine.Address))]);
        Assert.Equal("'=cmd|' /C calc'!A0", xlsxRow["Address"]);
        Assert.DoesNotContain(csvRows.Single(), cell => cell.Contains("HYPERLINK", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OutOfReachIncident_NeverAppearsInAnExport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var author = TestServices.For(database, access: TestUsers.Analyst("author")))
        {
            var red = IncidentInputs.Seizure("RED-1");
            red.Tlp = Tlp.Red;
            await CreateAsync(author, red);
            await CreateAsync(author, IncidentInputs.Seizure("GREEN-1"));
        }

        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        var (csvRows, _) = await ExportCsvAsync(outsider, new IncidentFilter());
        using var xlsx = new MemoryStream();
        var count = await outsider.RunAsync<ExportIncidents, int>(e => e.WriteAsync(new IncidentFilter(), ExportFormat.Xlsx, xlsx));

        var visible = Assert.Single(await ScreenAsync(outsider, new IncidentFilter()));
        Assert.Equal([visible], csvRows.Select(r => r[0]));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Headers_Given_ReplaceTheKeysAndValuesStayInvariant()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await CreateAsync(services, IncidentInputs.Seizure("H-1"));
        var headers = IncidentExportLine.Columns.Select(c => "Kolona " + c).ToList();

        var (rows, header) = await ExportCsvAsync(services, new IncidentFilter(), headers);

        Assert.Equal(headers, header);
        Assert.Equal("2024-05-17", rows[0][IndexOf(nameof(IncidentExportLine.OccurredOn))]);
        Assert.Equal("Seizure", rows[0][IndexOf(nameof(IncidentExportLine.Kind))]);
        Assert.Equal("Pristina", rows[0][IndexOf(nameof(IncidentExportLine.Municipality))]);
    }

    [Fact]
    public async Task Xlsx_IntoAnOutputThatRefusesSynchronousWrites_Streams()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await CreateAsync(services, IncidentInputs.Seizure("S-1"));
        using var copy = new MemoryStream();
        await using var response = new AsyncWritesOnly(copy);

        await services.RunAsync<ExportIncidents, int>(e => e.WriteAsync(new IncidentFilter(), ExportFormat.Xlsx, response));

        copy.Position = 0;
        Assert.Single(MiniExcel.Query(copy, useHeaderRow: true));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Prishtinë", "Prishtinë")]
    [InlineData("", "")]
    public void Neutralise_FormulaStarts_GetAnApostrophe(string value, string expected) => Assert.Equal(expected, SpreadsheetCells.Neutralise(value));

    private static int IndexOf(string column) => IncidentExportLine.Columns.ToList().IndexOf(column);

    private static async Task SeedAsync(ServiceProvider services)
    {
        await AddAsync(services, IncidentKind.Seizure, 1, new DateTime(2023, 1, 10, 9, 0, 0), "Rifle in a car boot");
        await AddAsync(services, IncidentKind.Seizure, 1, new DateTime(2023, 3, 2, 9, 0, 0), "Pistol under a car seat");
        await AddAsync(services, IncidentKind.Seizure, 2, new DateTime(2023, 2, 5, 9, 0, 0), "Car in another town");
        await AddAsync(services, IncidentKind.Found, 1, new DateTime(2023, 2, 1, 9, 0, 0), "Found near a car park");
    }

    private static async Task AddAsync(ServiceProvider services, IncidentKind kind, int municipality, DateTime local, string narrative)
    {
        var input = IncidentInputs.Seizure($"S{local:MMdd}{municipality}{(int)kind}");
        (input.Kind, input.MunicipalityId, input.OccurredAtLocal, input.Narrative) = (kind, municipality, local, narrative);
        await CreateAsync(services, input);
    }

    private static async Task CreateAsync(ServiceProvider services, IncidentInput input)
    {
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? []));
    }

    /// <summary>Every page of the list as the screen shows it, by reference.</summary>
    private static async Task<List<string>> ScreenAsync(ServiceProvider services, IncidentFilter filter)
    {
        var page = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(filter with { PageSize = IncidentFilter.MaxPageSize }));
        return [.. page.Value!.Items.Select(i => i.Reference)];
    }

    private static async Task<(List<string[]> Rows, string[] Header)> ExportCsvAsync(ServiceProvider services, IncidentFilter filter, IReadOnlyList<string>? headers = null)
    {
        using var output = new MemoryStream();
        await services.RunAsync<ExportIncidents, int>(e => e.WriteAsync(filter, ExportFormat.Csv, output, headers));
        output.Position = 0;
        using var csv = CsvReader.Create(output, new CsvReaderOptions(), leaveOpen: true);
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, header.Length).Select(i => csv.GetString(i))]);
        }

        return (rows, header);
    }

    /// <summary>Like an HTTP response body: synchronous writes and flushes throw.</summary>
    private sealed class AsyncWritesOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new InvalidOperationException("Synchronous flush.");
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous write.");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
