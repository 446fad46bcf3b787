using FocalPoint.Risk.Crossings;

namespace FocalPoint.Risk.Tests;

public class CrossingCsvReaderTests
{
    private const string Header = "id,time,crossing_point,direction,plate,plate_country,vehicle_type,origin_country,cargo,person1_name,person1_birth_date,person1_document,person2_name";

    private static List<(CrossingRecord? Record, CrossingRowError? Error)> Read(params string[] rows)
    {
        var reader = new CrossingCsvReader(new StringReader(Header + "\n" + string.Join("\r\n", rows)));
        var result = new List<(CrossingRecord?, CrossingRowError?)>();
        while (reader.TryRead(out var r, out var e)) result.Add((r, e));
        return result;
    }

    [Fact]
    public void TryRead_WellFormedRow_GivesTheRecordWithPersons()
    {
        var (record, error) = Assert.Single(Read("c1,2026-03-01T14:05:00Z,KS-MRD,exit,01-123-AB,RKS,car,ALB,\"tools, boxes\",Agim Krasniqi,1980-05-17,P123,Besa Gashi"));

        Assert.Null(error);
        Assert.Equal(new DateTime(2026, 3, 1, 14, 5, 0, DateTimeKind.Utc), record!.Time);
        Assert.Equal(Direction.Exit, record.Direction);
        Assert.Equal("tools, boxes", record.Cargo);
        Assert.Equal([new CrossingPerson("Agim Krasniqi", new DateOnly(1980, 5, 17), "P123"), new CrossingPerson("Besa Gashi", null, null)], record.Persons);
    }

    [Fact]
    public void TryRead_PointOrPlateLongerThanTheQueueStores_IsARowError()
    {
        var rows = Read(
            "c1,2026-03-01T10:00:00Z," + new string('P', 21) + ",entry",
            "c2,2026-03-01T10:00:00Z,KS-MRD,entry," + new string('9', 21),
            "c3,2026-03-01T10:00:00Z," + new string('P', 20) + ",entry," + new string('9', 20));

        Assert.Equal([("crossing_point", "c1"), ("plate", "c2")], rows.Take(2).Select(r => (r.Error!.Column!, r.Error.RecordId!)));
        Assert.NotNull(rows[2].Record);
    }

    [Fact]
    public void TryRead_MalformedRows_ReportLineColumnAndReasonAndGoOn()
    {
        var rows = Read(
            "c1,yesterday,KS-MRD,entry",
            "c2,2026-03-01T10:00:00Z,KS-MRD,sideways",
            ",2026-03-01T10:00:00Z,KS-MRD,entry",
            "c4,2026-03-01T10:00:00Z,KS-MRD,entry,,,,,,Agim,17.05.1980",
            "c5,2026-03-01T10:00:00Z,KS-MRD,entry,\"open",
            "c6,2026-03-01T10:00:00Z,KS-MRD,in");

        Assert.Equal([(2L, "time"), (3L, "direction"), (4L, "id"), (5L, "birth_date"), (6L, (string?)null)], rows.Take(5).Select(r => (r.Error!.Line, r.Error.Column)));
        Assert.DoesNotContain("17.05.1980", rows[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("c6", rows[5].Record!.Id);
    }

    [Fact]
    public void Constructor_MissingRequiredColumns_NamesThem()
    {
        var error = Assert.Throws<CrossingFileException>(() => new CrossingCsvReader(new StringReader("id,plate\n1,X")));

        Assert.Contains("time, crossing_point, direction", error.Message, StringComparison.Ordinal);
    }
}

public class CrossingCsvWriterTests
{
    [Fact]
    public void Write_ThenRead_GivesTheSameRecords()
    {
        var scenario = Synthetic.TrafficGenerator.Generate(new(500, 3, new DateOnly(2026, 3, 1), 10, 5));
        var records = scenario.Records.ToList();
        var text = new StringWriter();
        var writer = new CrossingCsvWriter(text);
        writer.WriteHeader();
        records.ForEach(writer.Write);

        var reader = new CrossingCsvReader(new StringReader(text.ToString()));
        var back = new List<CrossingRecord>();
        while (reader.TryRead(out var r, out var e)) back.Add(r ?? throw new InvalidOperationException(e!.Message));

        Assert.Equal(records.Count, back.Count);
        Assert.All(records.Zip(back), p => Assert.Equal(p.First with { Persons = [] }, p.Second with { Persons = [] }));
        Assert.All(records.Zip(back), p => Assert.Equal(p.First.Persons, p.Second.Persons));
    }
}

public class CrossingTimeTests
{
    [Theory]
    [InlineData("2026-03-01T14:05:09Z", "2026-03-01T14:05:09")]
    [InlineData("2026-03-01T15:05:09+01:00", "2026-03-01T14:05:09")]
    [InlineData("2026-03-01 14:05", "2026-03-01T14:05:00")]
    public void TryRead_TimeForms_AreReadAsUtc(string text, string utc)
    {
        var reader = new CrossingCsvReader(new StringReader($"id,time,crossing_point,direction\nc1,{text},VER,entry"));

        Assert.True(reader.TryRead(out var record, out _));
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), record!.Time);
        Assert.Equal(DateTimeKind.Utc, record.Time.Kind);
    }

    [Theory]
    [InlineData("2026-02-30T14:05:09Z")]
    [InlineData("2026-13-01T14:05:09Z")]
    public void TryRead_ImpossibleDate_IsARowError(string text)
    {
        var reader = new CrossingCsvReader(new StringReader($"id,time,crossing_point,direction\nc1,{text},VER,entry"));

        Assert.True(reader.TryRead(out _, out var error));
        Assert.Equal("time", error!.Column);
    }
}
