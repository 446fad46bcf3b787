using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notes;

/// <summary>Notes follow their subject's reach: an incident the user can see, or a person whose data the user may read.</summary>
internal static class NoteSubjects
{
    public static bool IsSupported(EntityKind kind) => kind is EntityKind.Incident or EntityKind.Person;

    public static Task<bool> IsReachableAsync(FocalPointDbContext db, UserAccess access, EntityKind kind, long id, CancellationToken cancellationToken) => kind switch
    {
        EntityKind.Incident => db.Incidents.VisibleTo(access, db).AnyAsync(i => i.Id == id, cancellationToken),
        EntityKind.Person when access.Unrestricted => db.Persons.AnyAsync(p => p.Id == id, cancellationToken),
        EntityKind.Person => IncidentVisibility.VisiblePersonIds(db, access).AnyAsync(p => p == id, cancellationToken),
        _ => Task.FromResult(false),
    };
}
