using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Work;

public sealed record CyberIndicatorView(CyberIndicatorType Type, string Value);

public sealed record CyberAttachmentView(long Id, string FileName, string ContentType, long Length, string Sha256);

public sealed record CyberNoteView(string Author, DateTime AtUtc, string Text);

/// <summary>An incident as the cyber unit works it. The reporter's contact is not here: it is read apart, with a purpose.</summary>
public sealed record CyberIncidentDetails(
    long Id, string TrackingCode, string Title, string Description, CyberIncidentType Type, CyberReporterKind ReporterKind,
    string? Organisation, CyberSector Sector, string? ServiceAffected, int? UsersAffected, bool CrossBorder,
    DateTime DetectedAtUtc, DateTime ReceivedAtUtc, CyberStatus Status, CyberSeverity Severity, Tlp Tlp, string? Assignee,
    bool HasContact, int Version, IReadOnlyList<CyberDeadline> Deadlines, IReadOnlyList<CyberIndicatorView> Indicators,
    IReadOnlyList<CyberAttachmentView> Attachments, IReadOnlyList<CyberNoteView> Notes);

/// <summary>One incident for the cyber unit; the description may name victims, so each opening is audited.</summary>
public sealed class GetCyberIncident(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CyberIncidentDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CyberWork))
        {
            return null;
        }

        var c = await db.CyberIncidents.AsNoTracking().AsSplitQuery().Include(i => i.Organisation).Include(i => i.Indicators)
            .Include(i => i.Attachments).Include(i => i.Notes).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (c is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "CyberIncident", [CyberAudit.Id(c.Id)], Purpose: "cyber incident work"), cancellationToken);
        return new CyberIncidentDetails(
            c.Id, c.TrackingCode, c.Title, c.Description, c.Type, c.ReporterKind, c.Organisation?.Name, c.Sector, c.ServiceAffected,
            c.UsersAffected, c.CrossBorder, c.DetectedAtUtc, c.ReceivedAtUtc, c.Status, c.Severity, c.Tlp, c.Assignee,
            c.Contact.Length > 0, c.Version, CyberClocks.Of(c),
            [.. c.Indicators.OrderBy(i => i.Type).ThenBy(i => i.Value, StringComparer.Ordinal).Select(i => new CyberIndicatorView(i.Type, i.Value))],
            [.. c.Attachments.OrderBy(a => a.Id).Select(a => new CyberAttachmentView(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256))],
            [.. c.Notes.OrderBy(n => n.AtUtc).Select(n => new CyberNoteView(n.Author, n.AtUtc, n.Text))]);
    }
}

/// <summary>Audit record ids are invariant numbers.</summary>
internal static class CyberAudit
{
    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
