using FocalPoint.Application.Demo;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Tests.Demo;

public class DemoGeneratorTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    private static readonly int[] PublishedSeizures = [1_310, 1_439, 1_135, 1_280, 1_473, 1_392, 1_350];

    [Fact]
    public void Generate_SameSeedAndScale_GivesIdenticalData()
    {
        var options = new DemoOptions(Seed: 7, Scale: 0.3);

        var first = Fingerprint(new DemoGenerator(data.Reference, options).Generate());
        var second = Fingerprint(new DemoGenerator(data.Reference, options).Generate());
        var otherSeed = Fingerprint(new DemoGenerator(data.Reference, options with { Seed = 8 }).Generate());

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Generate_ScaleOne_SeizedFirearmsPerYearMatchPublishedTotals()
    {
        var kinds = data.All(b => b.Incidents).ToDictionary(i => i.Id, i => (i.Kind, i.OccurredOn.Year));

        var perYear = data.All(b => b.Firearms)
            .Where(f => kinds[f.IncidentId].Kind == IncidentKind.Seizure)
            .GroupBy(f => kinds[f.IncidentId].Year)
            .OrderBy(g => g.Key)
            .Select(g => g.Count())
            .ToArray();

        Assert.Equal(PublishedSeizures, perYear);
    }

    [Fact]
    public void Generate_ScaleOne_HasAtLeast9000IncidentsFrom2018To2024()
    {
        var incidents = data.All(b => b.Incidents).ToList();

        Assert.InRange(incidents.Count, 9_000, 11_500);
        Assert.All(incidents, i => Assert.InRange(i.OccurredOn, new DateOnly(2018, 1, 1), new DateOnly(2024, 12, 31)));
        Assert.All(incidents, i => Assert.Equal(DateTimeKind.Utc, i.OccurredAtUtc.Kind));
        Assert.Equal(Enum.GetValues<IncidentKind>().Length, incidents.Select(i => i.Kind).Distinct().Count());
        Assert.Equal(incidents.Count, incidents.Select(i => i.Reference).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_ScaleOne_AmmunitionPerYearIsInThePublishedRange()
    {
        var years = data.All(b => b.Incidents).ToDictionary(i => i.Id, i => i.OccurredOn.Year);

        var perYear = data.All(b => b.Ammunition).GroupBy(a => years[a.IncidentId]).Select(g => g.Sum(a => a.Rounds));

        Assert.All(perYear, rounds => Assert.InRange(rounds, 29_000, 44_000));
    }

    [Fact]
    public void Generate_ScaleOne_CrossingDetectionsHappenAtCrossingPointsByBorderAgencies()
    {
        var detections = data.All(b => b.Incidents).Where(i => i.Kind == IncidentKind.CrossingPointDetection).ToList();

        Assert.NotEmpty(detections);
        Assert.All(detections, i => Assert.NotNull(i.CrossingPointId));
        Assert.All(detections, i => Assert.Contains(i.ReportingAgency, new[] { ReportingAgency.BorderPolice, ReportingAgency.Customs }));
    }

    [Fact]
    public void Generate_ScaleOne_SomeSeizuresAtCrossingsAndNoImportForMilitaryArms()
    {
        var seizures = data.All(b => b.Incidents).Where(i => i.Kind == IncidentKind.Seizure).ToList();
        var atCrossings = seizures.Where(i => i.CrossingPointId is not null).ToList();
        var firearms = data.All(b => b.Firearms).ToList();

        Assert.InRange(atCrossings.Count, seizures.Count / 20, seizures.Count / 6);
        Assert.All(atCrossings, i => Assert.Null(i.Address));
        Assert.True(atCrossings.Count(i => i.ReportingAgency is ReportingAgency.BorderPolice or ReportingAgency.Customs) > atCrossings.Count * 3 / 4);
        Assert.All(firearms.Where(f => f.IsAutomatic), f => Assert.Null(f.CountryOfLastLegalImport));
        Assert.All(firearms.Where(f => f.CountryOfLastLegalImport is not null), f => Assert.NotEqual(f.CountryOfManufacture, f.CountryOfLastLegalImport));
        Assert.InRange(firearms.Count(f => f.CountryOfLastLegalImport is not null), firearms.Count / 10, firearms.Count / 2);
    }

    private static string Fingerprint(IEnumerable<DemoBatch> batches)
    {
        var hash = new HashCode();
        foreach (var batch in batches)
        {
            batch.Incidents.ForEach(i => hash.Add($"{i.Id}|{i.Reference}|{i.Kind}|{i.OccurredAtUtc:O}|{i.MunicipalityId}|{i.Narrative}"));
            batch.Firearms.ForEach(f => hash.Add($"{f.Id}|{f.IncidentId}|{f.SerialAsWritten}|{f.MakeId}"));
            batch.Persons.ForEach(p => hash.Add($"{p.Id}|{p.GivenName}|{p.FamilyName}|{p.DateOfBirth}|{p.PersonalNumber}"));
            batch.Links.ForEach(l => hash.Add($"{l.Id}|{l.FromId}|{l.ToId}|{l.Type}"));
            batch.TraceRequests.ForEach(t => hash.Add($"{t.Id}|{t.FirearmId}|{t.Status}"));
            batch.Cases.ForEach(c => hash.Add($"{c.Id}|{c.Reference}|{c.Status}"));
        }

        return hash.ToHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
