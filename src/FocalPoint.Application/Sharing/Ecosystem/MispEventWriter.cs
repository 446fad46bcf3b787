using System.Globalization;
using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>
/// Writes a package as one MISP event in the MISP core format (draft-dulaunoy-misp-core-format): indicators as
/// attributes for detection (to_ids), observations as attributes with first and last seen, locations as geolocation
/// objects, identities as the creating organisation, TLP and admiralty-scale as taxonomy tags. Distribution is "your
/// organisation only": what leaves is decided by whoever imports it, not by this file.
/// </summary>
public static partial class MispEventWriter
{
    public static JsonObject Write(EcosystemPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var report = package.Report;
        var creator = package.Identities.First(i => i.Key == report.CreatorKey);
        var timestamp = Epoch(report.ModifiedUtc);
        var attributes = new JsonArray();
        foreach (var indicator in package.Indicators)
        {
            attributes.Add(Attribute("indicator:" + indicator.Key, indicator.Kind, indicator.Value, toIds: true, indicator.Description, timestamp));
        }

        foreach (var observation in package.Observations)
        {
            foreach (var observable in observation.Observables)
            {
                var attribute = Attribute($"observation:{observation.Key}:{observable.Kind}:{observable.Value}", observable.Kind, observable.Value, toIds: false, null, timestamp);
                attribute["first_seen"] = StixBundleWriter.Timestamp(observation.FirstUtc);
                attribute["last_seen"] = StixBundleWriter.Timestamp(observation.LastUtc);
                attributes.Add(attribute);
            }
        }

        AddRegistry(package, attributes, timestamp);
        var tags = new JsonArray { Tag(Admiralty.Tlp(report.Tlp)) };
        foreach (var label in report.Labels.Concat(report.Grade is { IsValid: true } g ? Admiralty.Tags(g) : []))
        {
            tags.Add(Tag(label));
        }

        var organisation = new JsonObject { ["id"] = "0", ["name"] = creator.Name, ["uuid"] = DeterministicIds.For("identity", creator.Key) };
        var comment = report.Description is { } d ? d : "";
        return new JsonObject
        {
            ["Event"] = new JsonObject
            {
                ["id"] = "0", ["orgc_id"] = "0", ["org_id"] = "0",
                ["uuid"] = DeterministicIds.For("misp-event", report.Key),
                ["info"] = report.Title + (comment.Length > 0 ? " — " + comment : ""),
                ["date"] = report.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["threat_level_id"] = "2",
                ["analysis"] = report.IsIncident ? "1" : "2",
                ["distribution"] = "0",
                ["sharing_group_id"] = "0",
                ["published"] = false,
                ["publish_timestamp"] = "0",
                ["timestamp"] = timestamp,
                ["attribute_count"] = attributes.Count.ToString(CultureInfo.InvariantCulture),
                ["proposal_email_lock"] = false,
                ["locked"] = false,
                ["Org"] = organisation.DeepClone(),
                ["Orgc"] = organisation,
                ["Attribute"] = attributes,
                ["Object"] = new JsonArray([.. package.Locations.Select(l => (JsonNode)Geolocation(l, timestamp)), .. Persons(package, timestamp)]),
                ["ShadowAttribute"] = new JsonArray(),
                ["RelatedEvent"] = new JsonArray(),
                ["Tag"] = tags,
            },
        };
    }

    private static JsonObject Attribute(string key, ObservableKind kind, string value, bool toIds, string? comment, string timestamp) => new()
    {
        ["uuid"] = DeterministicIds.For("misp-attribute", key),
        ["type"] = kind switch
        {
            ObservableKind.Md5 => "md5",
            ObservableKind.Sha1 => "sha1",
            ObservableKind.Sha256 => "sha256",
            ObservableKind.IPv4 or ObservableKind.IPv6 => "ip-dst",
            ObservableKind.Domain => "domain",
            ObservableKind.Url => "url",
            _ => "email-src",
        },
        ["category"] = kind is ObservableKind.Md5 or ObservableKind.Sha1 or ObservableKind.Sha256 or ObservableKind.Email ? "Payload delivery" : "Network activity",
        ["value"] = value,
        ["to_ids"] = toIds,
        ["distribution"] = "5",
        ["timestamp"] = timestamp,
        ["comment"] = comment ?? "",
    };

    private static JsonObject Geolocation(ExchangeLocation location, string timestamp) => MispObject(location.Key, "geolocation", "location",
    [
        ("text", "text", location.Name), ("countrycode", "text", location.CountryCode),
        ("latitude", "float", location.Latitude?.ToString("R", CultureInfo.InvariantCulture)),
        ("longitude", "float", location.Longitude?.ToString("R", CultureInfo.InvariantCulture)),
    ], timestamp);

    /// <summary>An object of a public MISP template: its attributes by object relation, those without a value left out.</summary>
    /// <param name="kind">Names the attributes' ids ("location:KEY:text"), fixed so that re-exports keep them.</param>
    private static JsonObject MispObject(string key, string name, string kind, IEnumerable<(string Relation, string Type, string? Value)> fields, string timestamp)
    {
        var attributes = new JsonArray();
        foreach (var (relation, type, value) in fields.Where(f => !string.IsNullOrEmpty(f.Value)))
        {
            attributes.Add(new JsonObject
            {
                ["uuid"] = DeterministicIds.For("misp-attribute", $"{kind}:{key}:{relation}"), ["object_relation"] = relation,
                ["type"] = type, ["category"] = "Other", ["value"] = value, ["to_ids"] = false, ["distribution"] = "5", ["timestamp"] = timestamp,
            });
        }

        return new JsonObject
        {
            ["uuid"] = DeterministicIds.For("misp-object", key), ["name"] = name, ["meta-category"] = "misc",
            ["distribution"] = "5", ["timestamp"] = timestamp, ["Attribute"] = attributes,
        };
    }

    private static JsonObject Tag(string name) => new() { ["name"] = name };

    private static string Epoch(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
