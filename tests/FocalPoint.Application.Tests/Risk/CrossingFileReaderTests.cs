using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Risk.Crossings;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Risk;

/// <summary>Crossings come as CSV, sheets or JSON Lines, in the documented columns or mapped onto them, and read the same.</summary>
public sealed class CrossingFileReaderTests
{
    private static readonly Dictionary<string, string> GermanColumns = new()
    {
        ["Nr"] = "id", ["Zeit"] = "time", ["Grenzübergang"] = "crossing_point", ["Richtung"] = "direction", ["Kennzeichen"] = "plate", ["Reisender"] = "person1_name",
    };

    [Fact]
    public void Open_SheetWithOtherColumnNamesAndAMapping_ReadsTheSameRecordsAsTheDocumentedCsv()
    {
        using var csv = Text("id,time,crossing_point,direction,plate,person1_name\nC1,2026-03-02T07:30:00Z,HAN,exit,04777KM,Arben Krasniqi\nC2,2026-03-02T07:31:00Z,VER,entry,01111KS,\n");
        using var sheet = new MemoryStream();
        sheet.SaveAs(new[]
        {
            new Dictionary<string, object> { ["Nr"] = "C1", ["Zeit"] = "2026-03-02T07:30:00Z", ["Grenzübergang"] = "HAN", ["Richtung"] = "exit", ["Kennzeichen"] = "04777KM", ["Reisender"] = "Arben Krasniqi" },
            new Dictionary<string, object> { ["Nr"] = "C2", ["Zeit"] = "2026-03-02T07:31:00Z", ["Grenzübergang"] = "VER", ["Richtung"] = "entry", ["Kennzeichen"] = "01111KS", ["Reisender"] = "" },
        });

        var fromCsv = ReadAll(csv, "crossings.csv", null);
        var fromSheet = ReadAll(sheet, "Grenze.xlsx", GermanColumns);

        Assert.Equal(2, fromSheet.Records.Count);
        Assert.Empty(fromSheet.Errors);
        Assert.Equal(fromCsv.Records.Select(Describe), fromSheet.Records.Select(Describe));
    }

    [Fact]
    public void Open_JsonLinesWithABadRow_ReadsTheRestAndNamesTheRowByItsLine()
    {
        using var lines = Text(
            "{\"id\":\"C1\",\"time\":\"2026-03-02T07:30:00Z\",\"crossing_point\":\"HAN\",\"direction\":\"exit\",\"plate\":\"04777KM\"}\n" +
            "{\"id\":\"C2\",\"time\":\"yesterday\",\"crossing_point\":\"HAN\",\"direction\":\"exit\",\"plate\":\"04777KM\"}\n" +
            "{\"id\":\"C3\",\"time\":\"2026-03-02T07:40:00Z\",\"crossing_point\":\"VER\",\"direction\":\"entry\",\"plate\":\"\"}\n");

        var read = ReadAll(lines, "crossings.jsonl", null);

        Assert.Equal(["C1", "C3"], read.Records.Select(r => r.Id));
        var error = Assert.Single(read.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(CrossingColumns.Time, error.Column);
    }

    [Fact]
    public void Open_FileWithoutTheRequiredColumns_IsRefusedWithItsOwnColumnsToMapFrom()
    {
        using var csv = Text("Nr,Zeit,Grenzübergang,Richtung\nC1,2026-03-02T07:30:00Z,HAN,exit\n");

        var refused = Assert.Throws<CrossingFileException>(() => CrossingFileReader.Open(csv, "crossings.csv", null, new ImportOptions()));

        Assert.Equal(["Nr", "Zeit", "Grenzübergang", "Richtung"], refused.Headers);
        Assert.Equal(CrossingColumns.Required, refused.Missing);
    }

    [Fact]
    public void Open_MappingOntoAColumnThatIsNotDocumented_IsRefusedWithItsName()
    {
        using var csv = Text("Nr,Zeit,Grenzübergang,Richtung\nC1,2026-03-02T07:30:00Z,HAN,exit\n");

        var refused = Assert.Throws<CrossingFileException>(() =>
            CrossingFileReader.Open(csv, "crossings.csv", new Dictionary<string, string> { ["Nr"] = "identifier" }, new ImportOptions()));

        Assert.Contains("'identifier' is not a documented column", refused.Message, StringComparison.Ordinal);
    }

    private static (List<CrossingRecord> Records, List<CrossingRowError> Errors) ReadAll(Stream file, string name, Dictionary<string, string>? mapping)
    {
        using var rows = CrossingFileReader.Open(file, name, mapping, new ImportOptions());
        var (records, errors) = (new List<CrossingRecord>(), new List<CrossingRowError>());
        while (rows.TryRead(out var record, out var error))
        {
            if (record is not null) records.Add(record);
            else errors.Add(error!);
        }

        return (records, errors);
    }

    private static string Describe(CrossingRecord r) =>
        $"{r.Id}|{r.Time:O}|{r.CrossingPoint}|{r.Direction}|{r.Plate}|{string.Join(";", r.Persons.Select(p => p.Name))}";

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
