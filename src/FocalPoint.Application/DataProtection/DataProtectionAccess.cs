using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.DataProtection;

/// <summary>
/// Retention reviews, erasure and subject-access exports are for analysts and investigators, and only over persons
/// within their reach: a person out of reach is answered as absent (404), as everywhere else.
/// </summary>
internal static class DataProtectionAccess
{
    public static bool Allows(UserAccess access) => access.Holds(Capabilities.Retention);

    public static IQueryable<long> ReachablePersonIds(FocalPointDbContext db, UserAccess access) =>
        access.Unrestricted ? db.Persons.Select(p => p.Id) : IncidentVisibility.VisiblePersonIds(db, access);

    public static async Task<bool> CanReachPersonAsync(FocalPointDbContext db, UserAccess access, long personId, CancellationToken cancellationToken) =>
        Allows(access) && await ReachablePersonIds(db, access).AnyAsync(id => id == personId, cancellationToken);
}
