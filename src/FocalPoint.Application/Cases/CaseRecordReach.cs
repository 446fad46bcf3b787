using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// Whether a record may be attached to, or shown in, a case: the same reach as its own page. A firearm through its
/// incident; a vehicle through a link learned from an incident the user sees; a person only for roles that read
/// personal data, through an incident within reach.
/// </summary>
internal static class CaseRecordReach
{
    public static bool IsAttachable(EntityKind kind) => kind is EntityKind.Firearm or EntityKind.Person or EntityKind.Vehicle;

    public static IQueryable<long> Reachable(FocalPointDbContext db, UserAccess access, EntityKind kind)
    {
        var visible = db.Incidents.VisibleTo(access, db);
        return kind switch
        {
            EntityKind.Firearm => db.Firearms.Where(f => visible.Any(i => i.Id == f.IncidentId)).Select(f => f.Id),
            EntityKind.Vehicle => db.Vehicles.Where(v => access.Unrestricted || db.Links.Any(l =>
                ((l.FromKind == EntityKind.Vehicle && l.FromId == v.Id) || (l.ToKind == EntityKind.Vehicle && l.ToId == v.Id))
                && l.SourceIncidentId != null && visible.Any(i => i.Id == l.SourceIncidentId))).Select(v => v.Id),
            EntityKind.Person when access.Unrestricted => db.Persons.Select(p => p.Id),
            EntityKind.Person => IncidentVisibility.VisiblePersonIds(db, access),
            _ => db.Persons.Where(_ => false).Select(p => p.Id),
        };
    }
}
