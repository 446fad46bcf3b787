using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Common;

/// <summary>
/// References of records made a few times a day (cases, referrals): PREFIX-YEAR-0001, the year's highest plus one, with
/// the unique index on the reference as the guard. Incidents, made in bulk by imports, have their own allocator.
/// </summary>
internal static class YearlyReferences
{
    public static async Task<string> NextAsync(IQueryable<string> references, string kind, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{kind}-{year}-");
        var last = await references.Where(r => r.StartsWith(prefix)).OrderByDescending(r => r).FirstOrDefaultAsync(cancellationToken);
        var number = last is not null && int.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{number + 1:D4}");
    }
}
