using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// Who finds a case and who works it. The team (owner and members) finds and works its cases; a case marked CLEAR or
/// GREEN and not H3 can also be found by everyone holding <see cref="Capabilities.Cases"/>, read-only. AMBER and RED
/// cases are the team's alone: a case has no reporting agency to share AMBER with. The records inside a case keep
/// their own need-to-know (<see cref="IncidentVisibility"/>), so finding a case never shows a record out of reach.
/// </summary>
public static class CaseAccess
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, UserAccess access, FocalPointDbContext db) =>
        Reach(cases, access, db, openMarkings: true);

    /// <summary>
    /// The cases the user may change: their team's (read fresh, so a removed member loses it at once), except a case
    /// merged into another, which stays as a read-only pointer.
    /// </summary>
    public static IQueryable<Case> WorkedBy(this IQueryable<Case> cases, UserAccess access, FocalPointDbContext db) =>
        Reach(cases, access, db, openMarkings: false).Where(c => c.MergedIntoId == null);

    /// <summary>The case for a change, tracked, or null when it is not the user's team's.</summary>
    public static Task<Case?> FindWorkedAsync(FocalPointDbContext db, UserAccess access, long id, CancellationToken cancellationToken) =>
        db.Cases.WorkedBy(access, db).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static IQueryable<Case> Reach(IQueryable<Case> cases, UserAccess access, FocalPointDbContext db, bool openMarkings)
    {
        if (access.Unrestricted)
        {
            return cases;
        }

        if (!access.Holds(Capabilities.Cases))
        {
            return cases.Where(_ => false);
        }

        var user = access.UserName;
        return cases.Where(c => c.Owner == user || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == user)
            || (openMarkings && (c.Tlp == Tlp.Clear || c.Tlp == Tlp.Green) && c.HandlingCode != HandlingCode.H3));
    }
}
