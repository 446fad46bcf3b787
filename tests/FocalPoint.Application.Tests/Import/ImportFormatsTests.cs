using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

public sealed class ImportFormatsTests
{
    private static readonly ReferenceMatcher Matcher = CreateMatcher();

    [Theory]
    [InlineData("17.05.2024", 2024, 5, 17)]
    [InlineData("7/5/24", 2024, 5, 7)]
    [InlineData("2024-05-17T14:30:00", 2024, 5, 17)]
    [InlineData("17.05.2024. 14:30", 2024, 5, 17)]
    public void TryDate_LocalFormats_Parse(string text, int year, int month, int day)
    {
        Assert.True(ValueParsers.TryDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(date));
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    public void TryNumber_DecimalCommas_Parse(string text, double expected)
    {
        Assert.True(ValueParsers.TryNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Prishtinë", "Prishtinë")]
    [InlineData("Priština", "Prishtinë")]
    [InlineData("ПРИШТИНА", "Prishtinë")]
    [InlineData("Prishtina", "Prishtinë")]
    [InlineData("Prizern", "Prizren")]
    [InlineData("Đakovica", "Gjakovë")]
    public void Municipalities_AnyScriptOrSmallTypo_Match(string spelling, string expected) =>
        Assert.Equal(expected, Matcher.Municipalities.Find(spelling).Match?.NameSq);

    [Fact]
    public void Municipalities_Unknown_SuggestsNothingFarAway() => Assert.Null(Matcher.Municipalities.Find("Atlantis").Match);

    [Theory]
    [InlineData("RS", "RS")]
    [InlineData("SRB", "RS")]
    [InlineData("Serbia", "RS")]
    [InlineData("Shqipëria", "AL")]
    public void Countries_NameOrCode_Match(string spelling, string expected) => Assert.Equal(expected, Matcher.Countries.Find(spelling).Match?.Code);

    [Theory]
    [InlineData("7,62x39")]
    [InlineData("7.62×39 mm")]
    [InlineData("7.62 x 39")]
    public void Calibre_CommonSpellings_OneCanonicalForm(string spelling) => Assert.Equal("7.62x39mm", Matcher.Calibre(spelling).Match?.Name);

    [Theory]
    [InlineData("Data|Komuna|Pershkrimi|Kalibri|Numri serik|Emri|Mbiemri")]
    [InlineData("Datum|Opština|Opis|Kalibar|Serijski broj|Ime|Prezime")]
    [InlineData("Date|Municipality|Description|Calibre|Serial number|First name|Surname")]
    public void Suggest_HeadersInThreeLanguages_MapEveryColumn(string header)
    {
        var headers = header.Split('|');
        var mapping = ImportMapping.Suggest(headers);

        Assert.Equal(
            ["OccurredAt", "Municipality", "Narrative", "Calibre", "Serial", "GivenName", "FamilyName"],
            headers.Select(h => mapping.Columns.Single(c => c.Value == h).Key));
        Assert.Empty(mapping.With(ImportFiles.Meanings).Check(headers));
    }

    [Theory]
    [InlineData(1250, "Opština;Datum\nČačak šljiva ž đ ć;1\n", 1250)]
    [InlineData(1252, "Città;Dátum\nàéîõü ñ ò;1\n", 1252)]
    public void Detect_SingleByteEncodings_TellCentralFromWestern(int codePage, string text, int expected)
    {
        var bytes = CodePage(codePage).GetBytes(text);
        Assert.Equal(expected, TextEncodingDetector.Detect(bytes).CodePage);
    }

    [Fact]
    public void Detect_Utf16WithBom_IsUnicode() =>
        Assert.Equal(Encoding.Unicode.CodePage, TextEncodingDetector.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Data;Komuna")]).CodePage);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_XlsxSecondSheet_Windows1250Csv_AndJsonLines_AllImport(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var rows = new[] { new Dictionary<string, object> { ["Datum"] = "01.02.2024", ["Opština"] = "Peć", ["Opis"] = "Pištolj pronađen", ["Broj predmeta"] = "X-1" } };
        var workbook = new MemoryStream();
        workbook.SaveAs(new Dictionary<string, object> { ["Cover"] = new[] { new Dictionary<string, object> { ["Note"] = "see next sheet" } }, ["Data"] = rows });
        workbook.Position = 0;
        var csv1250 = new MemoryStream(CodePage(1250).GetBytes("Broj predmeta;Datum;Opština;Opis\nY-1;03.02.2024;Đakovica;Puška i municija, Čačak\n"));
        var jsonl = ImportFiles.Utf8("{\"Key\":\"Z-1\",\"Date\":\"2024-02-05\",\"Municipality\":\"Ferizaj\",\"Narrative\":\"Grenade found\"}\n");

        var xlsx = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(workbook, (new StageRequest("forensic", "book.xlsx", Sheet: "Data") with { Edit = ImportFiles.Meanings })));
        var x = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(xlsx.Value!.BatchId));
        var (_, c) = await ImportFiles.ImportAsync(services, csv1250, "cp1250.csv", source: "customs");
        var (_, j) = await ImportFiles.ImportAsync(services, jsonl, "lines.jsonl", source: "partner");

        Assert.True(x.Succeeded && c!.Succeeded && j!.Succeeded, x.Problem?.Message + c?.Problem?.Message + j?.Problem?.Message);
        Assert.Equal(["Cover", "Data"], xlsx.Value!.Sheets);
        await using var db = await services.ContextAsync();
        Assert.Equal(["Ferizaj", "Gjakovë", "Pejë"], await db.Incidents.Select(i => i.Municipality!.NameSq).OrderBy(n => n).ToListAsync());
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static ReferenceMatcher CreateMatcher()
    {
        var set = ReferenceDataCatalog.Load();
        return new ReferenceMatcher(new ReferenceSnapshot(set.Directorates, set.Municipalities, set.CrossingPoints, set.Countries, set.Calibres, set.FirearmTypes, set.Makes));
    }
}
