using System.Globalization;
using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>
/// Writes a package as a STIX 2.1 bundle: identities, locations, indicators with STIX patterns, observed data with
/// its cyber observables, relationships, the report (and an incident), all marked with the TLP marking definitions
/// of the specification (§7.2.1.4). TLP 2.0's AMBER+STRICT has no STIX 1.0 marking: it goes out as RED, the nearest
/// marking that shares no wider; CLEAR goes out as WHITE.
/// </summary>
public static partial class StixBundleWriter
{
    private static readonly DateTime TlpCreated = new(2017, 1, 20, 0, 0, 0, DateTimeKind.Utc);

    public static JsonObject Write(EcosystemPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var report = package.Report;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var identity in package.Identities) { ids[identity.Key] = "identity--" + DeterministicIds.For("identity", identity.Key); }
        foreach (var location in package.Locations) { ids[location.Key] = "location--" + DeterministicIds.For("location", location.Key); }
        foreach (var indicator in package.Indicators) { ids[indicator.Key] = "indicator--" + DeterministicIds.For("indicator", indicator.Key); }
        foreach (var observation in package.Observations) { ids[observation.Key] = "observed-data--" + DeterministicIds.For("observed-data", observation.Key); }
        RegistryIds(package, ids);
        var incidentId = report.IsIncident ? "incident--" + DeterministicIds.For("incident", report.Key) : null;
        var reportId = "report--" + DeterministicIds.For("report", report.Key);

        // Relationships name the report's key: they attach to the incident when there is one, else to the report.
        ids[report.Key] = incidentId ?? reportId;

        var marking = TlpMarking(report.Tlp);
        var creator = ids[report.CreatorKey];
        var objects = new JsonArray { marking.Object };
        JsonObject Sdo(string type, string id, DateTime created, DateTime modified)
        {
            var o = new JsonObject
            {
                ["type"] = type, ["spec_version"] = "2.1", ["id"] = id, ["created_by_ref"] = creator,
                ["created"] = Timestamp(created), ["modified"] = Timestamp(modified), ["object_marking_refs"] = new JsonArray(marking.Id),
            };
            objects.Add(o);
            return o;
        }

        foreach (var identity in package.Identities)
        {
            var o = Sdo("identity", ids[identity.Key], report.CreatedUtc, report.ModifiedUtc);
            o["name"] = identity.Name;
            o["identity_class"] = identity.IsOrganisation ? "organization" : "individual";
            if (identity.Sectors.Count > 0) { o["sectors"] = Strings(identity.Sectors); }
        }

        foreach (var location in package.Locations)
        {
            var o = Sdo("location", ids[location.Key], report.CreatedUtc, report.ModifiedUtc);
            o["name"] = location.Name;
            if (location.CountryCode is { } country) { o["country"] = country; }
            if (location is { Latitude: { } lat, Longitude: { } lon }) { o["latitude"] = lat; o["longitude"] = lon; }
        }

        foreach (var indicator in package.Indicators)
        {
            var o = Sdo("indicator", ids[indicator.Key], report.CreatedUtc, report.ModifiedUtc);
            o["name"] = StixObservables.Label(indicator.Kind) + " " + indicator.Value;
            if (indicator.Description is { } d) { o["description"] = d; }
            o["indicator_types"] = new JsonArray("malicious-activity");
            o["pattern"] = StixObservables.Pattern(indicator.Kind, indicator.Value);
            o["pattern_type"] = "stix";
            o["valid_from"] = Timestamp(indicator.ValidFromUtc);
        }

        foreach (var observation in package.Observations)
        {
            var refs = new JsonArray();
            foreach (var observable in observation.Observables)
            {
                var sco = StixObservables.Object(observable);
                sco["object_marking_refs"] = new JsonArray(marking.Id);
                if (!objects.Any(x => x!["id"]!.GetValue<string>() == sco["id"]!.GetValue<string>())) { objects.Add(sco); }
                refs.Add(sco["id"]!.GetValue<string>());
            }

            var o = Sdo("observed-data", ids[observation.Key], report.CreatedUtc, report.ModifiedUtc);
            o["first_observed"] = Timestamp(observation.FirstUtc);
            o["last_observed"] = Timestamp(observation.LastUtc);
            o["number_observed"] = Math.Max(1, observation.Count);
            o["object_refs"] = refs;
        }

        WriteRegistry(package, ids, Sdo, objects, marking.Id);
        if (incidentId is not null)
        {
            var o = Sdo("incident", incidentId, report.CreatedUtc, report.ModifiedUtc);
            o["name"] = report.Title;
            if (report.Description is { } d) { o["description"] = d; }
        }

        foreach (var relationship in package.Relationships)
        {
            var id = "relationship--" + DeterministicIds.For("relationship", $"{relationship.SourceKey}|{relationship.Type}|{relationship.TargetKey}");
            var o = Sdo("relationship", id, report.CreatedUtc, report.ModifiedUtc);
            o["relationship_type"] = relationship.Type;
            o["source_ref"] = ids[relationship.SourceKey];
            o["target_ref"] = ids[relationship.TargetKey];
            if (relationship.Description is { } why) { o["description"] = why; }
        }

        var reportObject = Sdo("report", reportId, report.CreatedUtc, report.ModifiedUtc);
        reportObject["name"] = report.Title;
        if (report.Description is { } description) { reportObject["description"] = description; }
        reportObject["report_types"] = new JsonArray(report.IsIncident ? "incident" : "threat-report");
        reportObject["published"] = Timestamp(report.ModifiedUtc);
        var labels = report.Labels.Concat(report.Grade is { IsValid: true } g ? Admiralty.Tags(g) : []).ToList();
        if (labels.Count > 0) { reportObject["labels"] = Strings(labels); }
        reportObject["object_refs"] = new JsonArray([.. objects.Select(o => o!["id"]!.GetValue<string>())
            .Where(id => !id.StartsWith("marking-definition--", StringComparison.Ordinal) && !id.StartsWith("report--", StringComparison.Ordinal))
            .Select(id => (JsonNode)JsonValue.Create(id)!)]);

        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = "bundle--" + DeterministicIds.For("bundle", report.Key + "@" + Timestamp(report.ModifiedUtc)),
            ["objects"] = objects,
        };
    }

    /// <summary>STIX timestamps: UTC, RFC 3339, exactly milliseconds.</summary>
    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static (string Id, JsonObject Object) TlpMarking(ExchangeTlp tlp)
    {
        var (name, id) = tlp switch
        {
            ExchangeTlp.Clear => ("white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
            ExchangeTlp.Green => ("green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
            ExchangeTlp.Amber => ("amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
            _ => ("red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"),
        };
        return (id, new JsonObject
        {
            ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = id, ["created"] = Timestamp(TlpCreated),
            ["definition_type"] = "tlp", ["name"] = "TLP:" + name.ToUpperInvariant(), ["definition"] = new JsonObject { ["tlp"] = name },
        });
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
}
