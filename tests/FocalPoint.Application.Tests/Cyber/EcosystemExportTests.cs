using System.Text.Json.Nodes;
using FocalPoint.Application.Sharing.Ecosystem;

namespace FocalPoint.Application.Tests.Cyber;

public sealed class EcosystemExportTests
{
    private static readonly DateTime Created = new(2026, 3, 10, 8, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void StixBundle_EveryKindOfObject_ValidAgainstTheStix21Schemas()
    {
        var bundle = StixBundleWriter.Write(Sample(ExchangeTlp.Amber));

        var objects = bundle["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var problems = objects.SelectMany(SchemaSet.CheckStix).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal("bundle", bundle["type"]!.GetValue<string>());
        Assert.StartsWith("bundle--", bundle["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            ["domain-name", "email-addr", "file", "identity", "incident", "indicator", "ipv4-addr", "ipv6-addr", "location", "marking-definition", "observed-data", "relationship", "report", "url"],
            objects.Select(o => o["type"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StixBundle_IndicatorsAndMarkings_PatternsPerKindAndTheTlpOfThePackage()
    {
        var bundle = StixBundleWriter.Write(Sample(ExchangeTlp.AmberStrict));

        var objects = bundle["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var patterns = objects.Where(o => o["type"]!.GetValue<string>() == "indicator").Select(o => o["pattern"]!.GetValue<string>()).ToList();
        Assert.Contains("[ipv4-addr:value = '203.0.113.7']", patterns);
        Assert.Contains("[file:hashes.'SHA-256' = '" + new string('a', 64) + "']", patterns);
        Assert.Contains("[url:value = 'http://bad-bank-login.example/it\\'s']", patterns);
        var marking = objects.Single(o => o["type"]!.GetValue<string>() == "marking-definition");
        Assert.Equal("TLP:RED", marking["name"]!.GetValue<string>());
        Assert.All(objects.Where(o => o["type"]!.GetValue<string>() != "marking-definition"),
            o => Assert.Equal(marking["id"]!.GetValue<string>(), o["object_marking_refs"]![0]!.GetValue<string>()));
    }

    [Fact]
    public void StixBundle_ExportedTwice_SameIdsSoAReceiverUpdatesRatherThanDuplicates()
    {
        var first = StixBundleWriter.Write(Sample(ExchangeTlp.Green)).ToJsonString();
        var second = StixBundleWriter.Write(Sample(ExchangeTlp.Green)).ToJsonString();

        Assert.Equal(first, second);
        Assert.Equal("ipv4-addr--" + DeterministicIds.V5(DeterministicIds.StixObservables, "{\"value\":\"203.0.113.7\"}"),
            JsonNode.Parse(first)!["objects"]!.AsArray().Single(o => o!["type"]!.GetValue<string>() == "ipv4-addr")!["id"]!.GetValue<string>());
    }

    [Fact]
    public void DeterministicIds_V5_MatchesTheRfcExample() =>
        // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", DeterministicIds.V5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com").ToString());

    [Fact]
    public void MispEvent_Package_ValidCoreFormatWithTypedAttributesAndTaxonomyTags()
    {
        var misp = MispEventWriter.Write(Sample(ExchangeTlp.AmberStrict));

        var problems = SchemaSet.CheckMisp(misp);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var evt = misp["Event"]!;
        var attributes = evt["Attribute"]!.AsArray().Select(a => (Type: a!["type"]!.GetValue<string>(), Ids: a["to_ids"]!.GetValue<bool>())).ToList();
        Assert.Equal(["domain", "email-src", "ip-dst", "ip-dst", "md5", "sha1", "sha256", "url"], attributes.Where(a => a.Ids).Select(a => a.Type).Order(StringComparer.Ordinal));
        var tags = evt["Tag"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("tlp:amber+strict", tags);
        Assert.Contains("admiralty-scale:source-reliability=\"b\"", tags);
        Assert.Contains("admiralty-scale:information-credibility=\"2\"", tags);
        Assert.Equal("geolocation", evt["Object"]![0]!["name"]!.GetValue<string>());
    }

    /// <summary>A package with one of everything the exporter knows.</summary>
    internal static EcosystemPackage Sample(ExchangeTlp tlp)
    {
        (ObservableKind Kind, string Value)[] values =
        [
            (ObservableKind.Md5, new string('b', 32)), (ObservableKind.Sha1, new string('c', 40)), (ObservableKind.Sha256, new string('a', 64)),
            (ObservableKind.IPv4, "203.0.113.7"), (ObservableKind.IPv6, "2001:db8::7"), (ObservableKind.Domain, "bad-bank-login.example"),
            (ObservableKind.Url, "http://bad-bank-login.example/it's"), (ObservableKind.Email, "billing@bad-bank-login.example"),
        ];
        var indicators = values.Select(v => new ExchangeIndicator($"i:{v.Kind}", v.Kind, v.Value, "Seen in a phishing SMS", Created)).ToList();
        var observation = new ExchangeObservation("obs", Created, Created.AddHours(1), 3, [.. values.Select(v => new ExchangeObservable(v.Kind, v.Value))]);
        return new EcosystemPackage(
            new ExchangeReport("incident:1", "CY-TEST-0001: phishing SMS", "Phishing; sector Private", Created, Created.AddHours(2), true,
                ["cyber-type:Phishing"], tlp, new AdmiraltyGrade('B', 2), "unit"),
            [new ExchangeIdentity("unit", "Test cyber unit", true, ["government-national"]), new ExchangeIdentity("victim", "Test bank", true, ["financial-services"])],
            [new ExchangeLocation("xk", "Kosovo", "XK", 42.67, 21.17)],
            indicators,
            [observation],
            [.. indicators.Select(i => new ExchangeRelationship(i.Key, "related-to", "incident:1")), new ExchangeRelationship("incident:1", "located-at", "xk"),
             new ExchangeRelationship("incident:1", "related-to", "victim")]);
    }
}
