using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Committing;

/// <summary>Registry references (FP-2024-000123) for imported incidents, continuing each year's series as a form would.</summary>
internal sealed class ReferenceNumbers(FocalPointDbContext db)
{
    private readonly Dictionary<int, int> last = [];

    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        if (!last.TryGetValue(year, out var number))
        {
            var prefix = $"FP-{year}-";
            var highest = await db.Incidents.Where(i => i.Reference.StartsWith(prefix))
                .OrderByDescending(i => i.Reference).Select(i => i.Reference).FirstOrDefaultAsync(cancellationToken);
            number = highest is not null && int.TryParse(highest.AsSpan(prefix.Length), out var n) ? n : 0;
        }

        last[year] = ++number;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"FP-{year}-{number:D6}");
    }
}
