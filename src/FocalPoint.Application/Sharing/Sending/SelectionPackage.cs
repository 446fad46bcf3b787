using System.Globalization;
using FocalPoint.Application.Sharing.Ecosystem;
using FocalPoint.Application.Sharing.Packages;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>Where a municipality lies, for the incident's location (reference data, not a record field).</summary>
public sealed record Place(double Latitude, double Longitude);

/// <summary>
/// Turns one partner's redacted records (what <see cref="PreviewPackage"/> built) into the neutral ecosystem package.
/// It reads only the fields that survived redaction, so nothing a rule forbids can reach the writers.
/// </summary>
public static class SelectionPackage
{
    public static EcosystemPackage Build(PartnerPackage package, string ownCode, string purpose, DateTime nowUtc, IReadOnlyDictionary<string, Place> municipalities)
    {
        var records = package.Records;
        var refs = records.Select(r => r.Ref).Order(StringComparer.Ordinal).ToList();
        var creator = new ExchangeIdentity("organisation:" + ownCode, ownCode, true, ["law-enforcement"]);
        var recipient = new ExchangeIdentity("organisation:" + package.PartnerCode, package.PartnerName, true, ["law-enforcement"]);
        var report = new ExchangeReport($"{ownCode}:export:{package.PartnerCode}:{string.Join(',', refs)}", $"{ownCode} → {package.PartnerCode}: {purpose}",
            null, nowUtc, nowUtc, IsIncident: false, [], StrictestTlp(records), WeakestGrade(records), creator.Key);

        var incidents = new List<ExchangeIncident>();
        var locations = new List<ExchangeLocation>();
        var relationships = new List<ExchangeRelationship>();
        var byReference = new Dictionary<string, (string Key, DateTime Occurred)>(StringComparer.Ordinal);
        foreach (var r in records.Where(r => r.Type == "incident"))
        {
            var f = r.Fields;
            var occurred = Date(Get(f, "occurredOn")) ?? nowUtc;
            var name = string.Join(" · ", new[] { Get(f, "reference"), Get(f, "kind"), Get(f, "occurredOn") }.Where(v => v is not null));
            incidents.Add(new ExchangeIncident(r.Ref, name.Length > 0 ? name : r.Ref, Get(f, "narrative"), occurred));
            byReference[Get(f, "reference") ?? r.Ref] = (r.Ref, occurred);
            if (Location(r, municipalities) is { } location)
            {
                locations.Add(location);
                relationships.Add(new ExchangeRelationship(r.Ref, "located-at", location.Key));
            }
        }

        var firearms = new List<ExchangeFirearm>();
        foreach (var r in records.Where(r => r.Type == "firearm"))
        {
            var f = r.Fields;
            var incident = Get(f, "incident") is { } reference && byReference.TryGetValue(reference, out var found) ? found : default;
            firearms.Add(new ExchangeFirearm(r.Ref, r.Ref, incident.Key is null ? nowUtc : incident.Occurred, Get(f, "serial"), Get(f, "make"), Get(f, "model"), Get(f, "calibre"), Get(f, "type")));
            if (incident.Key is not null) { relationships.Add(new ExchangeRelationship(r.Ref, "related-to", incident.Key, "firearm in the incident")); }
        }

        var persons = new List<ExchangePerson>();
        foreach (var r in records.Where(r => r.Type == "person"))
        {
            var f = r.Fields;
            var role = Get(f, "role");
            persons.Add(new ExchangePerson(r.Ref, r.Ref, Get(f, "givenName"), Get(f, "familyName"), Get(f, "dateOfBirth"), Get(f, "nationality"), role));
            foreach (var reference in (Get(f, "incidents") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (byReference.TryGetValue(reference, out var incident))
                {
                    relationships.Add(new ExchangeRelationship(r.Ref, "related-to", incident.Key, role is null ? null : "role: " + role));
                }
            }
        }

        return new EcosystemPackage(report, [creator, recipient], locations, [], [], relationships, incidents, persons, firearms);
    }

    private static ExchangeLocation? Location(SharedRecord incident, IReadOnlyDictionary<string, Place> municipalities)
    {
        var f = incident.Fields;
        var municipality = Get(f, "municipality");
        var name = Get(f, "placeName") ?? municipality ?? Get(f, "placeCountry");
        if (name is null)
        {
            return null;
        }

        var place = municipality is not null && municipalities.TryGetValue(municipality, out var p) ? p : null;
        var country = Get(f, "placeCountry") ?? (municipality is not null ? "XK" : null);
        return new ExchangeLocation("location:" + incident.Ref, name, country, place?.Latitude, place?.Longitude);
    }

    /// <summary>The most restrictive TLP of the records: the package is as restricted as its most restricted part.</summary>
    private static ExchangeTlp StrictestTlp(IReadOnlyList<SharedRecord> records) =>
        records.Select(r => r.Tlp).OrderByDescending(SendPackage.TlpRank).FirstOrDefault() switch
        {
            "CLEAR" => ExchangeTlp.Clear,
            "GREEN" => ExchangeTlp.Green,
            "AMBER" => ExchangeTlp.Amber,
            "AMBER+STRICT" => ExchangeTlp.AmberStrict,
            _ => ExchangeTlp.Red,
        };

    /// <summary>
    /// The weakest grade of any record (a selection is as credible as its weakest part), on the admiralty scale:
    /// the 4x4 system's X (cannot be judged) is F, and its information 4 (cannot be judged) is 6.
    /// </summary>
    private static AdmiraltyGrade? WeakestGrade(IReadOnlyList<SharedRecord> records)
    {
        if (records.Count == 0)
        {
            return null;
        }

        var source = records.Select(r => r.SourceGrade is { Length: 1 } g && g[0] is >= 'A' and <= 'F' ? g[0] : 'F').Max();
        var information = records.Select(r => int.TryParse(r.InformationGrade, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i is >= 1 and <= 3 ? i : 6).Max();
        return new AdmiraltyGrade(source, information);
    }

    private static string? Get(IReadOnlyDictionary<string, string> fields, string name) => fields.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    private static DateTime? Date(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
