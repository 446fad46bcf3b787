using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>
/// The registry's objects in the event (ADR 0027 amendment). Persons use the public "person" object template (names,
/// date of birth, nationality, role); when redaction withheld the names, the reference that replaces them is the
/// person's "alias", which the template accepts as its only identifying field. The public templates have no firearm or
/// police incident, so both travel as "text" attributes whose comment names the record and the field.
/// </summary>
public static partial class MispEventWriter
{
    private static void AddRegistry(EcosystemPackage package, JsonArray attributes, string timestamp)
    {
        foreach (var incident in package.Incidents ?? [])
        {
            attributes.Add(Text($"incident:{incident.Key}", incident.Name + (incident.Description is { } d ? " — " + d : ""), $"incident {incident.Key}", timestamp));
        }

        foreach (var firearm in package.Firearms ?? [])
        {
            (string Field, string? Value)[] fields =
                [("serial", firearm.Serial), ("make", firearm.Make), ("model", firearm.Model), ("calibre", firearm.Calibre), ("type", firearm.Type)];
            foreach (var (field, value) in fields.Where(f => !string.IsNullOrEmpty(f.Value)))
            {
                var attribute = Text($"firearm:{firearm.Key}:{field}", value!, $"{StixFirearms.Type} {firearm.Reference} {field}", timestamp);
                attribute["first_seen"] = StixBundleWriter.Timestamp(firearm.ObservedUtc);
                attributes.Add(attribute);
            }
        }
    }

    private static IEnumerable<JsonNode> Persons(EcosystemPackage package, string timestamp) =>
        (package.Persons ?? []).Select(p => (JsonNode)MispObject(p.Key, "person", "person",
        [
            ("first-name", "first-name", p.GivenName), ("last-name", "last-name", p.FamilyName),
            ("alias", "text", p.GivenName is null && p.FamilyName is null ? p.Reference : null),
            ("date-of-birth", "date-of-birth", p.DateOfBirth), ("nationality", "nationality", p.Nationality),
            ("role", "text", p.Roles), ("text", "text", p.Reference),
        ], timestamp));

    private static JsonObject Text(string key, string value, string comment, string timestamp) => new()
    {
        ["uuid"] = DeterministicIds.For("misp-attribute", key), ["type"] = "text", ["category"] = "Other", ["value"] = value,
        ["to_ids"] = false, ["distribution"] = "5", ["timestamp"] = timestamp, ["comment"] = comment,
    };
}
