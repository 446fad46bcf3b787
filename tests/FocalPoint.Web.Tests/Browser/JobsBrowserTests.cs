using FocalPoint.Application.Jobs;
using FocalPoint.Application.Linkage;
using FocalPoint.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The administrators' page of background jobs: leases, runs a page at a time (page in the address), run now.</summary>
public sealed class JobsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_OpensJobs_SeesLeasesAndRunsPagesThroughRunsAndAsksForARun()
    {
        await SeedAsync();
        foreach (var culture in new[] { "en", "sq", "sr-Latn" })
        {
            var page = await fixture.SignedInPageAsync("admin", culture, startPath: "/admin/accounts");
            await BrowserFixture.FollowMenuLinkAsync(page, "/admin/jobs");
            await page.Locator("h1").ClickAsync(); // closes the menu opened by focus, which would cover the heading
            await Expect(page.Locator("#jobs-table")).ToContainTextAsync("node-b");
            await Expect(page.Locator($"#job-{RunResolution.LeaseName}")).ToContainTextAsync("node-b");
            await Expect(page.Locator("#runs-table tbody tr")).ToHaveCountAsync(ListJobs.PageSize);
            await fixture.ShotAsync(page, $"40-jobs-{culture}");

            await page.ClickAsync("#runs-next");
            await page.WaitForUrlAsync(url => url.Contains("page=2", StringComparison.Ordinal));
            await Expect(page.Locator("#runs-table")).ToContainTextAsync("node-a");
            await page.ClickAsync($"#run-now-{ImportAreaRetention.Name}");
            await Expect(page.Locator("#jobs-message")).ToBeVisibleAsync();
            await fixture.ShotAsync(page, $"41-jobs-run-now-{culture}");
            await page.Context.CloseAsync();
        }

        await using var db = fixture.App.Database.CreateContext();
        var lease = await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == ImportAreaRetention.Name);
        Assert.Equal("admin", lease.RunRequestedBy);
    }

    /// <summary>A resolution run held elsewhere, and more runs of the retention job than one page shows (recent: not due).</summary>
    private async Task SeedAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        db.JobLeases.Add(new JobLease
        {
            Name = RunResolution.LeaseName, Owner = "node-b", Token = 3, AcquiredAtUtc = now.AddMinutes(-2), RenewedAtUtc = now, ExpiresAtUtc = now.AddMinutes(10),
        });
        db.JobRuns.Add(new JobRun { JobName = RunResolution.LeaseName, Node = "node-b", Token = 3, StartedAtUtc = now.AddMinutes(-2), Outcome = JobOutcome.Running });
        db.JobRuns.AddRange(Enumerable.Range(0, 24).Select(i => new JobRun
        {
            JobName = ImportAreaRetention.Name, Node = i % 2 == 0 ? "node-a" : "node-b", Token = i + 1, StartedAtUtc = now.AddHours(-5).AddMinutes(i * 10),
            FinishedAtUtc = now.AddHours(-5).AddMinutes(i * 10 + 1), Outcome = i == 20 ? JobOutcome.LeaseLost : i == 21 ? JobOutcome.Failed : JobOutcome.Succeeded,
            Items = i * 3, Detail = i == 21 ? "Failed: DbUpdateException. See the node's log." : $"import area older than 90 days: {i} quarantined row(s)",
        }));
        await db.SaveChangesAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
