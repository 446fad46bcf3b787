using FocalPoint.Application.Common;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>
/// The IAFQ statistics of one year, counted over every incident of the registry: they are national totals of counts,
/// without references or persons, and must not change with who runs them (see docs/decisions/0010-iafq-statistics.md).
/// Trace results are read whenever they arrived, so re-running a past year picks up late answers (the revision the
/// SDG metadata expects).
/// </summary>
public sealed class BuildIafqReport(FocalPointDbContext db, TimeProvider time)
{
    public ValidationErrors? Check(int year)
    {
        var latest = time.GetUtcNow().Year;
        var errors = new ValidationErrors();
        if (year < IafqReport.FirstYear || year > latest)
        {
            errors.Add("Year", Messages.Between, IafqReport.FirstYear, latest);
        }

        return errors.IsEmpty ? null : errors;
    }

    public async Task<IafqReport> HandleAsync(int year, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var incidents = db.Incidents.AsNoTracking().Where(i => i.OccurredOn >= from && i.OccurredOn <= to);
        return IafqTables.Build(
            year,
            await IafqFactQueries.ArmsAsync(db, incidents, cancellationToken),
            await IafqFactQueries.TracesAsync(db, incidents, cancellationToken),
            await IafqFactQueries.ItemsAsync(db, incidents, cancellationToken));
    }
}
