using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>
/// The registry's objects in the bundle (ADR 0027 amendment): incidents as STIX incidents, persons as identities of
/// class individual (named only as redaction allowed), firearms as the custom observable in observed data.
/// </summary>
public static partial class StixBundleWriter
{
    private static void RegistryIds(EcosystemPackage package, Dictionary<string, string> ids)
    {
        foreach (var incident in package.Incidents ?? []) { ids[incident.Key] = "incident--" + DeterministicIds.For("incident", incident.Key); }
        foreach (var person in package.Persons ?? []) { ids[person.Key] = "identity--" + DeterministicIds.For("identity", person.Key); }

        // A relationship about a firearm starts at its observation: consumers draw relationships between SDOs.
        foreach (var firearm in package.Firearms ?? []) { ids[firearm.Key] = "observed-data--" + DeterministicIds.For("observed-data", firearm.Key); }
    }

    private static void WriteRegistry(EcosystemPackage package, Dictionary<string, string> ids, Func<string, string, DateTime, DateTime, JsonObject> sdo, JsonArray objects, string markingId)
    {
        var report = package.Report;
        foreach (var person in package.Persons ?? [])
        {
            var o = sdo("identity", ids[person.Key], report.CreatedUtc, report.ModifiedUtc);
            o["name"] = person.DisplayName;
            o["identity_class"] = "individual";
        }

        foreach (var incident in package.Incidents ?? [])
        {
            var o = sdo("incident", ids[incident.Key], report.CreatedUtc, report.ModifiedUtc);
            o["name"] = incident.Name;
            if (incident.Description is { } d) { o["description"] = d; }
        }

        foreach (var firearm in package.Firearms ?? [])
        {
            var sco = StixFirearms.Object(firearm);
            sco["object_marking_refs"] = new JsonArray(markingId);
            objects.Add(sco);
            var o = sdo("observed-data", ids[firearm.Key], report.CreatedUtc, report.ModifiedUtc);
            o["first_observed"] = Timestamp(firearm.ObservedUtc);
            o["last_observed"] = Timestamp(firearm.ObservedUtc);
            o["number_observed"] = 1;
            o["object_refs"] = new JsonArray(sco["id"]!.GetValue<string>());
        }
    }
}
