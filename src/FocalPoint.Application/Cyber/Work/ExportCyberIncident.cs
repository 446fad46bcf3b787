using System.Text.Json.Nodes;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Ecosystem;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cyber;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Work;

public enum CyberExportFormat
{
    Stix,
    Misp,
}

/// <summary>
/// One incident for CERTs and partners, as a STIX 2.1 bundle or a MISP event, through the one ecosystem exporter.
/// Only what a partner can act on leaves: the title, type, sector, organisation (never an individual reporter),
/// indicators and the clocks' dates; the description and the contact stay here. Each export is audited.
/// </summary>
public sealed class ExportCyberIncident(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    private const string UnitKey = "cyber-unit";

    public async Task<JsonObject?> HandleAsync(long id, CyberExportFormat format, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CyberWork))
        {
            return null;
        }

        var incident = await db.CyberIncidents.AsNoTracking().Include(c => c.Organisation).Include(c => c.Indicators)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var package = Package(incident);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, "CyberIncident", [CyberAudit.Id(id)], Detail: format.ToString()), cancellationToken);
        return format == CyberExportFormat.Stix ? StixBundleWriter.Write(package) : MispEventWriter.Write(package);
    }

    internal static EcosystemPackage Package(CyberIncident incident)
    {
        var key = "cyber-incident:" + incident.TrackingCode;
        var identities = new List<ExchangeIdentity> { new(UnitKey, "Kosovo Police cyber unit (FocalPoint)", true, ["government-national"]) };
        var relationships = new List<ExchangeRelationship>();
        if (incident.Organisation is { } organisation)
        {
            var orgKey = "cyber-organisation:" + organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            identities.Add(new ExchangeIdentity(orgKey, organisation.Name, true, [Sector(organisation.Sector)]));
            relationships.Add(new ExchangeRelationship(key, "related-to", orgKey));
        }

        var indicators = incident.Indicators.OrderBy(i => i.Type).ThenBy(i => i.Value, StringComparer.Ordinal)
            .Select(i => new ExchangeIndicator($"{key}:{i.Type}:{i.Value}", (ObservableKind)(int)i.Type, i.Value, null, incident.DetectedAtUtc)).ToList();
        relationships.AddRange(indicators.Select(i => new ExchangeRelationship(i.Key, "related-to", key)));
        var observation = new ExchangeObservation(key + ":observed", incident.DetectedAtUtc, incident.DetectedAtUtc, 1,
            [.. indicators.Select(i => new ExchangeObservable(i.Kind, i.Value))]);
        var report = new ExchangeReport(
            key, $"{incident.TrackingCode}: {incident.Title}", $"{incident.Type}; sector {incident.Sector}; {(incident.CrossBorder ? "cross-border" : "national")}",
            incident.ReceivedAtUtc, incident.UpdatedAtUtc ?? incident.ReceivedAtUtc, IsIncident: true,
            [$"cyber-type:{incident.Type}", $"severity:{incident.Severity}"], (ExchangeTlp)(int)incident.Tlp, null, UnitKey);
        return new EcosystemPackage(report, identities, [new ExchangeLocation("location:XK", "Kosovo", "XK", 42.67, 21.17)], indicators,
            observation.Observables.Count > 0 ? [observation] : [], relationships);
    }

    // STIX industry-sector-ov names.
    private static string Sector(CyberSector sector) => sector switch
    {
        CyberSector.Energy => "energy",
        CyberSector.Transport => "transportation",
        CyberSector.Banking => "financial-services",
        CyberSector.Health => "healthcare",
        CyberSector.DrinkingWater => "utilities",
        CyberSector.DigitalInfrastructure or CyberSector.Telecommunications => "telecommunications",
        CyberSector.PublicAdministration => "government-national",
        CyberSector.Education => "education",
        _ => "other",
    };
}
