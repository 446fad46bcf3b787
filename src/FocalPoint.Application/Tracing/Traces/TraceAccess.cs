using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>A trace is reached through its firearm's incident: the same need-to-know as the firearm page.</summary>
internal static class TraceAccess
{
    public static IQueryable<TraceRequest> Visible(FocalPointDbContext db, UserAccess access)
    {
        if (!access.Holds(Capabilities.TraceRead) && !access.Holds(Capabilities.TraceWork))
        {
            return db.TraceRequests.Where(_ => false);
        }

        var incidents = db.Incidents.VisibleTo(access, db);
        return db.TraceRequests.Where(t => incidents.Any(i => i.Id == t.Firearm!.IncidentId));
    }
}
