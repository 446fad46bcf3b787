using System.Globalization;
using System.Text;
using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Bench.Import;

/// <summary>
/// Writes demo incidents as an agency would export them: one row per firearm or person (the incident's columns repeated,
/// keyed by its reference), Albanian headers, dd.MM.yyyy dates, decimal commas, calibre aliases, Serbian municipality names.
/// Returns the demo batches' registry rows for the reference load.
/// </summary>
internal static class FlatFile
{
    public const string Header = "Numri i rastit;Data;Ora;Komuna;Lloji i incidentit;Agjencia;Pershkrimi;Adresa;Gjeresia;Gjatesia;Lloji i armes;Prodhuesi;Modeli;Kalibri;Numri serik;Fisheke;Emri;Mbiemri;Data e lindjes;Gjinia;Numri personal;Roli";

    public static void Write(string path, IEnumerable<DemoBatch> batches, ReferenceDataSet reference, Action<DemoBatch> alsoEach)
    {
        var municipalities = reference.Municipalities.ToDictionary(m => m.Id);
        var types = reference.FirearmTypes.ToDictionary(t => t.Id);
        var makes = reference.Makes.ToDictionary(m => m.Id);
        var calibres = reference.Calibres.ToDictionary(c => c.Id, c => c.Aliases.Count > 0 ? c.Aliases[^1].Alias : c.Name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(Header);
        var line = new StringBuilder();
        foreach (var batch in batches)
        {
            var firearms = batch.Firearms.ToLookup(f => f.IncidentId);
            var ammunition = batch.Ammunition.ToLookup(a => a.IncidentId);
            var persons = batch.Persons.ToDictionary(p => p.Id);
            var roles = batch.IncidentPersons.ToLookup(ip => ip.IncidentId);
            foreach (var incident in batch.Incidents)
            {
                var guns = firearms[incident.Id].ToList();
                var people = roles[incident.Id].ToList();
                var rounds = ammunition[incident.Id].FirstOrDefault();
                var local = Application.Registry.Incidents.KosovoTime.ToLocal(incident.OccurredAtUtc);
                for (var i = 0; i < Math.Max(1, Math.Max(guns.Count, people.Count)); i++)
                {
                    line.Clear();
                    var m = municipalities[incident.MunicipalityId!.Value];
                    line.Add(incident.Reference).Add(local.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))
                        .Add(local.ToString("HH:mm", CultureInfo.InvariantCulture)).Add(i % 2 == 0 ? m.NameSr : m.NameSq)
                        .Add(incident.Kind.ToString()).Add(incident.ReportingAgency.ToString()).Add(incident.Narrative)
                        .Add(incident.Address).Add(Decimal(incident.Latitude)).Add(Decimal(incident.Longitude));
                    var gun = i < guns.Count ? guns[i] : null;
                    line.Add(gun is null ? null : types[gun.FirearmTypeId].NameSq).Add(gun?.MakeId is { } k ? makes[k].Name : null)
                        .Add(gun?.Model).Add(gun?.CalibreId is { } c ? calibres[c] : null).Add(gun?.SerialAsWritten)
                        .Add(i == 0 && rounds is not null ? rounds.Rounds.ToString(CultureInfo.InvariantCulture) : null);
                    var role = i < people.Count ? people[i] : null;
                    var person = role is null ? null : persons.GetValueOrDefault(role.PersonId);
                    line.Add(person?.GivenName).Add(person?.FamilyName).Add(person?.DateOfBirth?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))
                        .Add(person?.Sex.ToString()).Add(person?.PersonalNumber).Add(person is null ? null : role!.Role.ToString());
                    line.Length--;
                    writer.WriteLine(line);
                }
            }

            alsoEach(batch);
        }
    }

    private static string? Decimal(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture).Replace('.', ',');

    private static StringBuilder Add(this StringBuilder line, string? value)
    {
        if (value is not null && value.AsSpan().IndexOfAny(";\"\n\r") >= 0)
        {
            line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(value);
        }

        return line.Append(';');
    }
}
