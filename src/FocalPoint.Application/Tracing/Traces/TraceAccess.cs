using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The firearm a trace is built from, when the user may build traces and sees its incident.</summary>
    public static async Task<Domain.Items.Firearm?> TraceableFirearmAsync(FocalPointDbContext db, UserAccess access, long firearmId, CancellationToken ct)
    {
        if (!access.Holds(Capabilities.TraceWork))
        {
            return null;
        }

        var visible = db.Incidents.VisibleTo(access, db);
        return await db.Firearms.AsNoTracking().Where(f => visible.Any(i => i.Id == f.IncidentId)).FirstOrDefaultAsync(f => f.Id == firearmId, ct);
    }
}
