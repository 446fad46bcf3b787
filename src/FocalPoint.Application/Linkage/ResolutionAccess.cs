using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Who may see and change resolved entities. Persons need a personal-data role (the same as the person page), firearms
/// a registry reader; decisions, merges, splits and runs also need a registry editor. Records out of the user's reach
/// are filtered with the registry's own rules (<see cref="IncidentVisibility"/>).
/// </summary>
public static class ResolutionAccess
{
    public static bool MayRead(UserAccess access, ResolvedKind kind) =>
        kind == ResolvedKind.Person ? access.SeesPersonalData : access.ReadsRegistry;

    public static bool MayChange(UserAccess access, ResolvedKind kind) => MayRead(access, kind) && access.EditsRegistry;

    /// <summary>The ids of the records of <paramref name="kind"/> the user can reach (as a query, for IN filters).</summary>
    public static IQueryable<long> ReachableRecordIds(FocalPointDbContext db, UserAccess access, ResolvedKind kind)
    {
        if (kind == ResolvedKind.Person)
        {
            return access.Unrestricted ? db.Persons.Select(p => p.Id) : IncidentVisibility.VisiblePersonIds(db, access);
        }

        var visible = db.Incidents.VisibleTo(access, db);
        return db.Firearms.Where(f => visible.Any(i => i.Id == f.IncidentId)).Select(f => f.Id);
    }

    /// <summary>The audit log's name for a record: "Person/12" or "Firearm/12".</summary>
    public static string AuditId(ResolvedKind kind, long recordId) => $"{kind}/{recordId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
