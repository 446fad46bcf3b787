using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Linkage;

namespace FocalPoint.Bench.Linkage;

/// <summary>
/// Person and firearm records from the demo generator, as CSV-shaped tables with the generator's ground truth.
/// The column names are those the shipped example settings (docs/examples/*-linkage.json) expect.
/// </summary>
internal sealed class DemoRecords
{
    public static readonly string[] PersonColumns =
        ["id", "given_name", "family_name", "father_name", "date_of_birth", "personal_number", "sex", "nationality"];

    public static readonly string[] FirearmColumns =
        ["id", "serial", "make", "model", "calibre", "type", "country_of_manufacture", "legal_status"];

    public RecordTable Persons { get; } = new(PersonColumns);
    public RecordTable Firearms { get; } = new(FirearmColumns);
    public Dictionary<string, string> PersonTruth { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> FirearmTruth { get; } = new(StringComparer.Ordinal);

    /// <summary>Streams demo batches (seed 20181) until <paramref name="persons"/> person records are collected.</summary>
    public static DemoRecords Generate(int persons)
    {
        var reference = ReferenceDataCatalog.Load();
        var makes = reference.Makes.ToDictionary(m => m.Id, m => m.Name);
        var calibres = reference.Calibres.ToDictionary(c => c.Id, c => c.Name);
        var types = reference.FirearmTypes.ToDictionary(t => t.Id, t => t.Code);
        // Scale 1 gives about 13,000 person records; the margin makes one pass enough, a shortfall retries larger.
        for (var scale = Math.Max(0.05, persons / 11_000.0); ; scale *= 1.5)
        {
            var records = new DemoRecords();
            foreach (var batch in new DemoGenerator(reference, new DemoOptions(Seed: 20181, Scale: scale)).Generate())
            {
                records.AddPersons(batch, persons);
                records.AddFirearms(batch, makes, calibres, types);
                if (records.Persons.Count >= persons)
                {
                    return records;
                }
            }
        }
    }

    private void AddPersons(DemoBatch batch, int limit)
    {
        foreach (var p in batch.Persons)
        {
            if (Persons.Count >= limit)
            {
                break;
            }

            Persons.Add(Id(p.Id), p.GivenName, p.FamilyName, p.FatherName,
                p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.PersonalNumber,
                p.Sex == Domain.Parties.Sex.NotRecorded ? null : p.Sex.ToString(), p.Nationality);
        }

        foreach (var t in batch.PersonTruths)
        {
            PersonTruth[Id(t.PersonId)] = Id(t.IdentityId);
        }
    }

    private void AddFirearms(DemoBatch batch, Dictionary<int, string> makes, Dictionary<int, string> calibres, Dictionary<int, string> types)
    {
        foreach (var f in batch.Firearms)
        {
            Firearms.Add(Id(f.Id), f.SerialAsWritten, f.MakeId is { } m ? makes[m] : null, f.Model,
                f.CalibreId is { } c ? calibres[c] : null, types[f.FirearmTypeId], f.CountryOfManufacture, f.LegalStatus.ToString());
        }

        foreach (var t in batch.FirearmTruths)
        {
            FirearmTruth[Id(t.FirearmId)] = Id(t.PhysicalFirearmId);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
