using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Cases;

/// <summary>An investigator merges two cases after the confirm step: the work moves and the merged case points to the survivor.</summary>
public sealed class CaseMergeBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Investigator_MergesTwoCasesAfterConfirming_SurvivorHoldsTheWorkAndTheMergedCasePointsThere()
    {
        var (source, sourceRef) = await CaseAsync("Pistols at the market", withWork: true);
        var (target, targetRef) = await CaseAsync("Converted pistols around Peja", withWork: false);
        var page = await fixture.SignedInPageAsync("investigator", startPath: $"/cases/{source}");
        await page.FillAsync("#case-merge-target", targetRef);
        await page.ClickAsync("#case-merge");
        await Expect(page.Locator("#case-merge-counts")).ToContainTextAsync("1 incidents");
        await fixture.ShotAsync(page, "83-case-merge-confirm");

        await page.ClickAsync("#case-merge-yes");
        await page.WaitForURLAsync(url => url.EndsWith($"/cases/{target}", StringComparison.Ordinal));
        await Expect(page.Locator("#case-merged-from")).ToContainTextAsync(sourceRef);
        await Expect(page.Locator("#case-tasks")).ToContainTextAsync("Ask for test fires");
        await fixture.ShotAsync(page, "84-case-merged-survivor");

        await page.GotoAsync($"/cases/{source}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#case-merged-into")).ToContainTextAsync(targetRef);
        await Expect(page.Locator("#edit-case")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task MergeConfirmStep_IsTranslated(string culture)
    {
        var (source, _) = await CaseAsync("Pistols at the market", withWork: true);
        var (_, targetRef) = await CaseAsync("Converted pistols around Peja", withWork: false);
        var page = await fixture.SignedInPageAsync("investigator", culture, $"/cases/{source}");
        await page.FillAsync("#case-merge-target", targetRef);
        await page.ClickAsync("#case-merge");
        await Expect(page.Locator("#case-merge-confirm")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"83-case-merge-confirm-{culture}");
    }

    private async Task<(long Id, string Reference)> CaseAsync(string title, bool withWork)
    {
        await using var db = fixture.App.Database.CreateContext();
        var reference = $"CASE-2023-{Random.Shared.Next(1000, 9999)}";
        while (await db.Cases.AnyAsync(c => c.Reference == reference))
        {
            reference = $"CASE-2023-{Random.Shared.Next(1000, 9999)}";
        }

        var @case = new Case { Reference = reference, Title = title, Owner = "investigator", Status = CaseStatus.Active, Tlp = Tlp.Amber, HandlingCode = HandlingCode.H1 };
        @case.Team.Add(new CaseMember { UserName = "investigator" });
        @case.History.Add(new CaseHistoryEntry { ChangedAtUtc = new DateTime(2024, 5, 2, 8, 0, 0, DateTimeKind.Utc), ChangedBy = "investigator", NewStatus = CaseStatus.Active, NewOwner = "investigator" });
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        if (withWork)
        {
            var incident = await db.Incidents.Where(i => i.Tlp == Tlp.Green).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
            db.CaseIncidents.Add(new CaseIncident { CaseId = @case.Id, IncidentId = incident, AddedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime, AddedBy = "investigator" });
            db.CaseTasks.Add(new CaseTask { CaseId = @case.Id, Title = "Ask for test fires", Assignee = "investigator", DueOn = new DateOnly(2024, 6, 1) });
            await db.SaveChangesAsync();
        }

        return (@case.Id, reference);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
