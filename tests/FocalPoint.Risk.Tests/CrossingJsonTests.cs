using System.Text.Json;
using FocalPoint.Risk.Crossings;

namespace FocalPoint.Risk.Tests;

public class CrossingJsonTests
{
    [Fact]
    public void Read_DocumentedJsonLinesExample_GivesTheSameRecordsAsTheCsvExample()
    {
        var folder = Examples();
        var csv = new CrossingCsvReader(new StreamReader(Path.Combine(folder, "crossings.csv")));
        var fromCsv = new List<CrossingRecord>();
        while (csv.TryRead(out var record, out _)) fromCsv.Add(record!);
        var errors = new List<CrossingFieldError>();

        var fromJson = File.ReadAllLines(Path.Combine(folder, "crossings.jsonl")).Where(l => l.Length > 0)
            .Select((line, i) => CrossingJson.Read(JsonDocument.Parse(line).RootElement, i, errors)!).ToList();

        Assert.Empty(errors);
        Assert.Equal(fromCsv.Select(r => r with { Persons = [] }), fromJson.Select(r => r with { Persons = [] }));
        Assert.Equal(fromCsv.SelectMany(r => r.Persons), fromJson.SelectMany(r => r.Persons));
    }

    [Fact]
    public void Read_WrongTypesUnknownFieldsAndBadValues_NamesEachFieldAndNeverTheBirthDate()
    {
        const string json = """
            {"id":"X1","time":"yesterday","crossing_point":7,"direction":"exit","plate_no":"01AB","cargo":null,
             "persons":[{"name":"Agim Krasniqi","birth_date":"17.05.1980"},{"birth_date":"1980-05-17"}]}
            """;
        var errors = new List<CrossingFieldError>();

        var record = CrossingJson.Read(JsonDocument.Parse(json).RootElement, 4, errors);

        Assert.Null(record);
        Assert.Equal(["crossing_point", "persons[0].birth_date", "persons[1].name", "plate_no", "time"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.Equal((4, "X1"), (e.Index, e.RecordId)));
        Assert.DoesNotContain(errors, e => e.Message.Contains("17.05.1980", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotAnObject_IsRefused()
    {
        var errors = new List<CrossingFieldError>();

        Assert.Null(CrossingJson.Read(JsonDocument.Parse("[1]").RootElement, 0, errors));
        Assert.Equal("A record must be a JSON object.", Assert.Single(errors).Message);
    }

    private static string Examples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var examples = Path.Combine(dir.FullName, "docs", "examples");
            if (File.Exists(Path.Combine(examples, "crossings.jsonl"))) return examples;
        }

        throw new DirectoryNotFoundException("docs/examples not found above the test binaries.");
    }
}
