using System.Globalization;
using FocalPoint.Application.Jobs;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products.Schedule;

/// <summary>
/// The scheduled bulletin (issue 11 item 4), under the <c>bulletin-draft</c> lease (ADR 0024): from the first working day
/// of a month, the previous month's bulletin is drafted once for the analysts, who are told on their home page. A run
/// before that day, or after the draft exists, does nothing; a node down on the day drafts on its next run.
/// </summary>
public sealed class DraftMonthlyBulletin(FocalPointDbContext db, TimeProvider time) : IJob
{
    public const string Name = "bulletin-draft";

    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));
        var due = FirstWorkingDay(today.Year, today.Month);
        if (today < due)
        {
            return new JobResult(0, $"not due before {due:yyyy-MM-dd}");
        }

        var period = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (await db.ProductDrafts.AnyAsync(d => d.Kind == ProductKind.Bulletin && d.Period == period, cancellationToken))
        {
            return new JobResult(0, $"bulletin {period} already drafted");
        }

        db.ProductDrafts.Add(new ProductDraft { Kind = ProductKind.Bulletin, Period = period, DueOn = due });
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);

            // Fencing: a node that lost the lease while it worked commits nothing.
            await lease.ConfirmAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new JobResult(1, $"bulletin {period} drafted");
    }

    /// <summary>The first Monday to Friday of the month (public holidays are not known to FocalPoint and not skipped).</summary>
    public static DateOnly FirstWorkingDay(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
