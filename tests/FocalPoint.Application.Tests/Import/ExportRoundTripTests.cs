using System.Globalization;
using System.Text;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Exporting;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 10: an export carries every field the importer reads and re-imports to the same records.</summary>
public sealed class ExportRoundTripTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportThenImport_DemoIncidents_GivesIdenticalRecords(DatabaseProvider provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await using (var db = source.CreateContext())
        {
            await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(Seed: 11, Scale: 0.03)));
        }

        // A partner's incident abroad travels with its country, region and place as written (issue 19 item 3).
        var abroad = IncidentInputs.Seizure("AB-77 001");
        (abroad.MunicipalityId, abroad.PlaceCountryCode, abroad.PlaceRegion, abroad.PlaceName) = (null, "US", "Kansas", "Salina");
        var saved = await TestServices.For(source).RunAsync<SaveIncident, FocalPoint.Application.Common.CommandResult<long>>(s => s.CreateAsync(abroad));
        Assert.True(saved.Succeeded);

        var file = new MemoryStream();
        var exported = await TestServices.For(source).RunAsync<ExportRecords, ImportResult<int>>(h =>
            h.WriteCsvAsync(new RecordExportRequest(new IncidentFilter(), PersonsPurpose: "round-trip test"), file));
        await using var target = await TestDatabase.CreateAsync(provider);
        var services = TestServices.For(target);
        file.Position = 0;
        var (staged, committed) = await ImportFiles.ImportAsync(services, file, "export.csv");

        Assert.True(exported.Succeeded, exported.Problem?.Message);
        Assert.True(staged.Succeeded, staged.Problem?.Message);
        Assert.True(committed!.Succeeded, committed.Problem?.Message + string.Join("\n", committed.Value?.FirstErrors.Select(e => $"{e.Row} {e.Field} {e.Value}: {e.Problem}") ?? []));
        Assert.Equal(exported.Value, committed.Value!.RecordsImported);
        var before = await CanonicalAsync(source);
        var after = await CanonicalAsync(target);
        Assert.Contains(before, r => r.Contains("|H3|", StringComparison.Ordinal) || r.Contains("|H2|", StringComparison.Ordinal));
        Assert.Equal(before, after);
        Assert.Contains(after, r => r.Contains("|US|Kansas|Salina|", StringComparison.Ordinal));
    }

    [Fact]
    public void TryInstant_TimeWithOffset_IsTheInstantNotAWallClockTime()
    {
        Assert.True(Application.Import.Normalising.ValueParsers.TryInstant("2024-10-27T00:30:00+00:00", out var utc));
        Assert.True(Application.Import.Normalising.ValueParsers.TryInstant("2024-10-27T02:30:00+01:00", out var later));

        Assert.Equal(new DateTime(2024, 10, 27, 0, 30, 0, DateTimeKind.Utc), utc.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(1), later - utc);
        Assert.False(Application.Import.Normalising.ValueParsers.TryInstant("2024-10-27 02:30", out _));
    }

    /// <summary>Every field of every incident, its items and persons, ids and references aside, as sorted text.</summary>
    private static async Task<List<string>> CanonicalAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Firearms).Include(i => i.Ammunition).Include(i => i.Explosives)
            .Include(i => i.Persons).ThenInclude(p => p.Person).AsSplitQuery().ToListAsync();
        return [.. incidents.Select(Canonical).Order(StringComparer.Ordinal)];
    }

    private static string Canonical(Incident i)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{i.Kind}|{i.OccurredAtUtc:O}|{i.OccurredOn:O}|{i.MunicipalityId}|{i.DirectorateId}|{i.CrossingPointId}|");
        text.Append(CultureInfo.InvariantCulture, $"{i.PlaceCountryCode}|{i.PlaceRegion}|{i.PlaceName}|");
        text.Append(CultureInfo.InvariantCulture, $"{i.Latitude:R}|{i.Longitude:R}|{i.Address}|{i.ReportingAgency}|{i.LegalContext}|{i.Narrative}|");
        text.Append(CultureInfo.InvariantCulture, $"{i.SourceReliability}|{i.InformationAccuracy}|{i.HandlingCode}|{i.Tlp}|");
        text.AppendJoin(';', i.Firearms.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.FirearmTypeId},{f.MakeId},{f.Model},{f.CalibreId},{f.SerialAsWritten},{f.SerialNormalised},{f.MarkingStatus},{f.LegalStatus},{f.CountryOfManufacture},{f.CountryOfLastLegalImport},{f.YearOfManufacture},{f.EuCategory},{f.EuSubcategory},{f.IsAutomatic},{f.IsConvertedFromBlankOrAlarm},{f.IsReactivated},{f.IsPrivatelyMade}")).Order(StringComparer.Ordinal));
        text.Append('|').AppendJoin(';', i.Ammunition.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.CalibreId},{a.Rounds},{a.Lot}")).Order(StringComparer.Ordinal));
        text.Append('|').AppendJoin(';', i.Explosives.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Kind},{e.Designation},{e.Count},{e.MassKg:R}")).Order(StringComparer.Ordinal));
        text.Append('|').AppendJoin(';', i.Persons.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Role},{p.Person!.GivenName},{p.Person.FamilyName},{p.Person.FatherName},{p.Person.OriginalScriptName},{p.Person.DateOfBirth:O},{p.Person.Sex},{p.Person.Nationality},{p.Person.PersonalNumber}")).Order(StringComparer.Ordinal));
        return text.ToString();
    }
}
