using FocalPoint.Application.Jobs;
using FocalPoint.Application.Reports.Products.Schedule;
using FocalPoint.Application.Tests.Jobs;
using FocalPoint.Data.Jobs;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Application.Tests.Reports.Products;

/// <summary>The scheduled bulletin: drafted once from the first working day of the month, listed until it is published.</summary>
public sealed class DraftMonthlyBulletinTests
{
    [Theory]
    [InlineData(2026, 11, "2026-11-02")] // the 1st is a Sunday
    [InlineData(2026, 8, "2026-08-03")] // the 1st is a Saturday
    [InlineData(2026, 12, "2026-12-01")] // a Tuesday
    public void FirstWorkingDay_OfAMonth_SkipsTheWeekend(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DraftMonthlyBulletin.FirstWorkingDay(year, month));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schedule_FromTheFirstWorkingDay_DraftsLastMonthsBulletinOnceUntilItIsPublished(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)); // Sunday
        await using var node = JobNodes.Start(database, "node-a", clock, more: s =>
        {
            // This job alone, as the scheduler registers it.
            s.RemoveAll<JobDefinition>();
            s.AddScheduledJob<DraftMonthlyBulletin>(DraftMonthlyBulletin.Name, TimeSpan.FromHours(1));
        });

        await node.Scheduler().TickAsync(default);
        var onSunday = await node.RunAsync<ListProductDrafts, IReadOnlyList<ProductDraftEntry>>(l => l.HandleAsync());
        clock.Advance(TimeSpan.FromDays(1));
        await node.Scheduler().TickAsync(default);
        clock.Advance(TimeSpan.FromHours(2));
        await node.Scheduler().TickAsync(default);
        var onMonday = await node.RunAsync<ListProductDrafts, IReadOnlyList<ProductDraftEntry>>(l => l.HandleAsync());
        await PublishAsync(database, "2026-10");
        var afterPublishing = await node.RunAsync<ListProductDrafts, IReadOnlyList<ProductDraftEntry>>(l => l.HandleAsync());

        Assert.Empty(onSunday);
        var draft = Assert.Single(onMonday);
        Assert.Equal((ProductKind.Bulletin, "2026-10", new DateOnly(2026, 11, 2)), (draft.Kind, draft.Period, draft.DueOn));
        Assert.Empty(afterPublishing);
        await using var db = database.CreateContext();
        var runs = await db.JobRuns.AsNoTracking().OrderBy(r => r.StartedAtUtc).Select(r => new { r.JobName, r.Outcome, r.Items }).ToListAsync();
        Assert.Equal([0L, 1L, 0L], runs.Select(r => r.Items));
        Assert.All(runs, r => Assert.Equal((DraftMonthlyBulletin.Name, JobOutcome.Succeeded), (r.JobName, r.Outcome)));
    }

    private static async Task PublishAsync(TestDatabase database, string period)
    {
        await using var db = database.CreateContext();
        db.PublishedProducts.Add(new PublishedProduct
        {
            Kind = ProductKind.Bulletin, Language = ProductLanguage.Sq, Period = period, PeriodFrom = new(2026, 10, 1), PeriodTo = new(2026, 10, 31),
            Edition = 1, DataCutOffUtc = new(2026, 11, 3, 8, 0, 0, DateTimeKind.Utc), Pdf = [1], Xlsx = [1],
        });
        await db.SaveChangesAsync();
    }
}
