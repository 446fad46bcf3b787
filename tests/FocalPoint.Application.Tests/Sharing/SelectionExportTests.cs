using System.Text;
using System.Text.Json.Nodes;
using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Application.Tests.Cyber;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Sharing;

/// <summary>The builder's selection as a MISP event and a STIX 2.1 bundle (issue 14 item 5): valid, redacted, refused, audited.</summary>
public sealed class SelectionExportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_IncidentFirearmPerson_ValidStixBundleAndMispEventWithTheRegistryObjects(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia, personsAllowed: true);
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var input = Input(partnerId, $"incident:{sent.Incident}", $"firearm:{sent.Firearm}", $"person:{sent.Person}");

        var stix = JsonNode.Parse((await ExportAsync(kosovo, input, EcosystemFormat.Stix)).Bytes)!.AsObject();
        var misp = JsonNode.Parse((await ExportAsync(kosovo, input, EcosystemFormat.Misp)).Bytes)!.AsObject();

        var objects = stix["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var problems = objects.SelectMany(SchemaSet.CheckStix).Concat(SchemaSet.CheckMisp(misp)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(["identity", "incident", "location", "marking-definition", "observed-data", "relationship", "report", "x-focalpoint-firearm"],
            objects.Select(o => Text(o, "type")).Distinct().Order(StringComparer.Ordinal));
        var firearm = objects.Single(o => Text(o, "type") == "x-focalpoint-firearm");
        Assert.Equal(("AK-47 0093", "M70"), (Text(firearm, "serial_number"), Text(firearm, "model")));
        Assert.Contains(objects, o => Text(o, "type") == "identity" && Text(o, "identity_class") == "individual" && Text(o, "name") == "Dritan Berisha");
        var location = objects.Single(o => Text(o, "type") == "location");
        Assert.NotNull(location["latitude"]);
        Assert.Equal(["located-at", "related-to", "related-to"], objects.Where(o => Text(o, "type") == "relationship").Select(o => Text(o, "relationship_type")).Order(StringComparer.Ordinal));
        Assert.Contains(objects, o => Text(o, "type") == "relationship" && o["description"]?.GetValue<string>() == "role: Suspect");
        var report = objects.Single(o => Text(o, "type") == "report");
        Assert.Equal("XK-FFP → MK-MOI: Joint analysis", Text(report, "name"));
        Assert.Contains("admiralty-scale:source-reliability=\"b\"", report["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("TLP:GREEN", Text(objects.Single(o => Text(o, "type") == "marking-definition"), "name"));

        var evt = misp["Event"]!;
        var tags = evt["Tag"]!.AsArray().Select(t => Text(t!, "name")).ToList();
        Assert.Contains("tlp:green", tags);
        Assert.Contains("admiralty-scale:information-credibility=\"2\"", tags);
        var person = evt["Object"]!.AsArray().Single(o => Text(o!, "name") == "person")!;
        Assert.Contains(person["Attribute"]!.AsArray(), a => Text(a!, "object_relation") == "last-name" && Text(a!, "value") == "Berisha");
        Assert.Contains(evt["Attribute"]!.AsArray(), a => Text(a!, "type") == "text" && Text(a!, "value") == "AK-47 0093" && Text(a!, "comment").EndsWith(" serial", StringComparison.Ordinal));
        Assert.Contains(evt["Object"]!.AsArray(), o => Text(o!, "name") == "geolocation");

        var audit = kosovo.Liaison.GetRequiredService<RecordingAuditLog>();
        var disclosures = audit.Events.Where(e => e.Action == AuditAction.Disclose && e.RecordKind == "EcosystemExport").ToList();
        Assert.Equal(2, disclosures.Count);
        Assert.All(disclosures, d => Assert.Equal(("MK-MOI", "Joint analysis", 3), (Assert.Single(d.Recipients!), d.Purpose, d.RecordIds.Count)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_PartnerWithoutPersonsAndForbiddenFields_ForbiddenValuesNeverInTheBytes(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia, personsAllowed: false, neverSend: "serial,narrative");
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var input = Input(partnerId, $"incident:{sent.Incident}", $"firearm:{sent.Firearm}", $"person:{sent.Person}");

        foreach (var format in new[] { EcosystemFormat.Stix, EcosystemFormat.Misp })
        {
            var text = Encoding.UTF8.GetString((await ExportAsync(kosovo, input, format)).Bytes);

            foreach (var forbidden in new[] { "Dritan", "Berisha", "1988-03-04", "1234567890", "AK-47 0093", "Krasniqi" })
            {
                Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
            }

            // The person is still there, by the reference that replaces the name; the firearm by its other fields.
            Assert.Contains($"XK-FFP:Person/{sent.Person}", text, StringComparison.Ordinal);
            Assert.Contains("M70", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_ReceivedH2RecordOrOwnH2Record_RefusedNothingWrittenNothingDisclosed(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        await using var albania = await Instance.CreateAsync(provider, "AL-ASP");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        await macedonia.RegisterAsync(kosovo);
        var albaniaId = await macedonia.RegisterAsync(albania);
        var sent = await kosovo.RecordAsync("AK-47 0093", HandlingCode.H2);
        var package = Assert.Single(Instance.Ok(await kosovo.SendAsync(Input(partnerId, $"firearm:{sent.Firearm}"))));
        await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<Domain.Sharing.PackageStatus>>(a => a.HandleAsync(package.Id));
        var opened = await macedonia.OpenAsync((await kosovo.LedgerAsync(package.Id)).Content!);
        var receivedId = (await macedonia.LedgerAsync(opened.LedgerId!.Value)).Records.Single().Id;

        var forwarded = await macedonia.Liaison.RunAsync<ExportSelection, CommandResult<ExportFile>>(e => e.HandleAsync(Input(albaniaId, $"received:{receivedId}"), EcosystemFormat.Misp));
        var own = await kosovo.Liaison.RunAsync<ExportSelection, CommandResult<ExportFile>>(e => e.HandleAsync(Input(partnerId, $"firearm:{sent.Firearm}"), EcosystemFormat.Stix));

        Assert.Equal("ShareForwardForbidden", Assert.Single(forwarded.Errors!.For("Records")).Code);
        Assert.Contains("XK-FFP:Firearm/", forwarded.Errors!.ToDictionary()["Records"].Single(), StringComparison.Ordinal);
        Assert.Equal("ShareExportNeedsApproval", Assert.Single(own.Errors!.For("Records")).Code);
        Assert.Null(forwarded.Value);
        Assert.Null(own.Value);
        Assert.DoesNotContain(macedonia.Liaison.GetRequiredService<RecordingAuditLog>().Events, e => e.RecordKind == "EcosystemExport");
        Assert.DoesNotContain(kosovo.Liaison.GetRequiredService<RecordingAuditLog>().Events, e => e.RecordKind == "EcosystemExport");
    }

    private static SendInput Input(long partnerId, params string[] records) => new() { PartnerId = partnerId, Purpose = "Joint analysis", Records = [.. records] };

    private static async Task<ExportFile> ExportAsync(Instance instance, SendInput input, EcosystemFormat format) =>
        Instance.Ok(await instance.Liaison.RunAsync<ExportSelection, CommandResult<ExportFile>>(e => e.HandleAsync(input, format)));

    private static string Text(JsonNode node, string name) => node[name]?.GetValue<string>() ?? "";
}
