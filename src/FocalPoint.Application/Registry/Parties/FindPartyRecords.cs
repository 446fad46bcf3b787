using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Parties;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Parties;

public sealed record VehicleMatch(long Id, string Plate, string? Make, string? Model);

public sealed record IdentifierMatch(long Id, CommunicationKind Kind, string Value);

/// <summary>
/// Finds the vehicle or identifier a form is about to record, so the existing record is linked instead of a copy.
/// Only a whole plate or number matches (normalised the way the linkage engine compares them: look-alike letters,
/// spaces and dashes in plates, national and international phone forms): the form confirms a record the user already
/// knows, it does not browse. Each look-up is audited as a search.
/// </summary>
public sealed class FindPartyRecords(FocalPointDbContext db, IAuditLog audit)
{
    public const int MaxMatches = 10;

    public async Task<IReadOnlyList<VehicleMatch>> VehiclesAsync(string plate, CancellationToken cancellationToken = default)
    {
        var key = Normalisers.Plate(plate ?? "");
        if (key.Length < 2)
        {
            return [];
        }

        var found = await db.Vehicles.AsNoTracking().Where(v => v.PlateNormalised == key).OrderBy(v => v.Id).Take(MaxMatches)
            .Select(v => new VehicleMatch(v.Id, v.Plate, v.Make, v.Model)).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "Vehicle", found.Select(v => $"Vehicle/{v.Id}").ToList(), Detail: $"by plate; {found.Count} found"), cancellationToken);
        return found;
    }

    public async Task<IReadOnlyList<IdentifierMatch>> IdentifiersAsync(CommunicationKind kind, string value, CancellationToken cancellationToken = default)
    {
        var text = (value ?? "").Trim();
        if (text.Length < 3)
        {
            return [];
        }

        var spellings = new HashSet<string>(StringComparer.Ordinal) { text, Registry.Incidents.IncidentParties.IdentifierValue(kind, text) };
        var found = await db.CommunicationIdentifiers.AsNoTracking().Where(c => c.Kind == kind && spellings.Contains(c.Value)).OrderBy(c => c.Id).Take(MaxMatches)
            .Select(c => new IdentifierMatch(c.Id, c.Kind, c.Value)).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "CommunicationIdentifier", found.Select(c => $"CommunicationIdentifier/{c.Id}").ToList(), Detail: $"by {kind}; {found.Count} found"), cancellationToken);
        return found;
    }
}
