using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Firearms;

public sealed record FirearmDetails(
    FirearmItem Firearm, long IncidentId, string IncidentReference, IReadOnlyList<FirearmAppearance> Appearances, IReadOnlyList<TraceSummary> Traces);

/// <summary>An incident in which a firearm with the same normalised serial, type and make was recorded.</summary>
public sealed record FirearmAppearance(long FirearmId, long IncidentId, string Reference, IncidentKind Kind, DateOnly OccurredOn, int? MunicipalityId, string? SerialAsWritten);

public sealed record TraceSummary(long Id, TraceChannel Channel, string? DestinationCountry, TraceStatus Status, DateOnly? SentOn, bool? DiversionEstablished, string? DiversionCountry);

/// <summary>A firearm record, every incident where the same serial was recorded, and its traces.</summary>
public sealed class GetFirearm(FocalPointDbContext db, Security.IAccessContext accessContext)
{
    public async Task<FirearmDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var visible = Security.IncidentVisibility.VisibleTo(db.Incidents, access, db);
        var f = await db.Firearms.AsNoTracking().Include(x => x.Incident)
            .Where(x => visible.Any(i => i.Id == x.IncidentId))
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (f is null)
        {
            return null;
        }

        // Until entity resolution lands, "the same firearm" is the same normalised serial of the same make.
        var appearances = f.SerialNormalised is null
            ? [new FirearmAppearance(f.Id, f.IncidentId, f.Incident!.Reference, f.Incident.Kind, f.Incident.OccurredOn, f.Incident.MunicipalityId, f.SerialAsWritten)]
            : await db.Firearms.AsNoTracking()
                .Where(x => x.SerialNormalised == f.SerialNormalised && x.MakeId == f.MakeId && visible.Any(i => i.Id == x.IncidentId))
                .OrderByDescending(x => x.Incident!.OccurredAtUtc)
                .Take(200)
                .Select(x => new FirearmAppearance(x.Id, x.IncidentId, x.Incident!.Reference, x.Incident.Kind, x.Incident.OccurredOn, x.Incident.MunicipalityId, x.SerialAsWritten))
                .ToListAsync(cancellationToken);
        var traces = await db.TraceRequests.AsNoTracking().Where(t => t.FirearmId == id).OrderBy(t => t.Id)
            .Select(t => new TraceSummary(
                t.Id, t.Channel, t.DestinationCountry, t.Status, t.SentOn,
                t.Results.OrderByDescending(r => r.ReceivedOn).Select(r => (bool?)r.PointOfDiversionEstablished).FirstOrDefault(),
                t.Results.OrderByDescending(r => r.ReceivedOn).Select(r => r.DiversionCountry).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var item = new FirearmItem(
            f.Id, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId, f.SerialAsWritten, f.SerialNormalised, f.MarkingStatus,
            f.CountryOfManufacture, f.CountryOfLastLegalImport, f.YearOfManufacture, f.EuCategory, f.EuSubcategory,
            f.IsConvertedFromBlankOrAlarm, f.IsReactivated, f.IsPrivatelyMade, f.IsAutomatic, f.LegalStatus);
        return new FirearmDetails(item, f.IncidentId, f.Incident!.Reference, appearances, traces);
    }
}
