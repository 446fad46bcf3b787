using System.Globalization;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// Issue 12, item 4: the ballistic examiner confirms a lead between a shooting and a seized pistol; the investigator
/// then sees the hit on the firearm page and as a link in the chart.
/// </summary>
public sealed class BallisticsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Examiner_ConfirmsALead_InvestigatorSeesTheHitOnTheFirearmPageAndInTheChart()
    {
        var lead = await LeadAsync();
        var lab = await fixture.SignedInPageAsync("examiner", startPath: "/ballistics");
        var row = lab.Locator($"tr[data-lead='{lead.Id}']");
        await row.Locator("button.confirm").ClickAsync();
        await lab.FillAsync("#lead-note", "Firing-pin and breech-face marks agree");
        await fixture.ShotAsync(lab, "96-ballistics-lead-review");
        await lab.ClickAsync("#lead-confirm");
        await Expect(row.Locator(".lead-state")).ToContainTextAsync("Confirmed");
        await fixture.ShotAsync(lab, "97-ballistics-lead-confirmed");

        var page = await fixture.SignedInPageAsync("investigator", startPath: $"/firearms/{lead.FirearmId}");
        await Expect(page.Locator("#ballistic-hits")).ToContainTextAsync(lead.SceneReference);
        await fixture.ShotAsync(page, "98-firearm-ballistic-hit");

        await page.GotoAsync($"/network/chart?open=incident:{lead.SceneId}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#purpose", "Case work: shootings linked by ballistics");
        await page.ClickAsync("#purpose-confirm");
        await page.WaitForFunctionAsync("() => window.__linkChart && window.__linkChart.edges().some(e => e.data('type') === 'BallisticHit')");
        await fixture.ShotAsync(page, "99-chart-ballistic-hit");
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task BallisticsPages_AreTranslated(string culture)
    {
        var lead = await LeadAsync(confirmed: true);
        var lab = await fixture.SignedInPageAsync("examiner", culture, "/ballistics");
        await Expect(lab.Locator($"tr[data-lead='{lead.Id}']")).ToBeVisibleAsync();
        await fixture.ShotAsync(lab, $"96-ballistics-{culture}");
        var page = await fixture.SignedInPageAsync("investigator", culture, $"/firearms/{lead.FirearmId}");
        await Expect(page.Locator("#ballistic-hits")).ToContainTextAsync(lead.SceneReference);
        await fixture.ShotAsync(page, $"98-firearm-ballistic-hit-{culture}");
    }

    private sealed record Lead(long Id, long FirearmId, long SceneId, string SceneReference);

    // An open (green, not H3) shooting and a seized firearm with a calibre, examined by the laboratory; the lead is
    // written directly, as the laboratory's comparison system would propose it.
    private async Task<Lead> LeadAsync(bool confirmed = false)
    {
        await using var db = fixture.App.Database.CreateContext();
        var scene = await db.Incidents.Where(i => i.Kind == IncidentKind.ShootingOrMisuse && i.Tlp == Tlp.Green && i.HandlingCode != HandlingCode.H3)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Reference, i.OccurredOn }).FirstAsync();
        var firearm = await db.Firearms.Where(f => f.Incident!.Kind == IncidentKind.Seizure && f.Incident.Tlp == Tlp.Green && f.Incident.HandlingCode != HandlingCode.H3 && f.CalibreId != null)
            .OrderBy(f => f.Id).Select(f => new { f.Id, f.IncidentId, f.CalibreId }).FirstAsync();
        var suffix = Random.Shared.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);
        var sceneExam = Exam($"T-SC-{suffix}", ExhibitKind.CartridgeCase, scene.Id, null, firearm.CalibreId);
        var testFire = Exam($"T-TF-{suffix}", ExhibitKind.TestFire, firearm.IncidentId, firearm.Id, firearm.CalibreId);
        db.BallisticExaminations.AddRange(sceneExam, testFire);
        await db.SaveChangesAsync();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var lead = new BallisticLead
        {
            ExaminationId = sceneExam.Id, MatchedExaminationId = testFire.Id, ProposedAtUtc = now.AddDays(-2), ProposedBy = "ibis",
            State = confirmed ? BallisticLeadState.Confirmed : BallisticLeadState.Lead,
            DecidedBy = confirmed ? "lab.krasniqi" : null, DecidedOn = confirmed ? DateOnly.FromDateTime(now) : null, DecidedAtUtc = confirmed ? now : null,
        };
        db.BallisticLeads.Add(lead);
        await db.SaveChangesAsync();
        return new Lead(lead.Id, firearm.Id, scene.Id, scene.Reference);
    }

    private static BallisticExamination Exam(string lab, ExhibitKind kind, long incidentId, long? firearmId, int? calibre) => new()
    {
        LabNumber = lab, Kind = kind, IncidentId = incidentId, FirearmId = firearmId, CalibreId = calibre, Examiner = "lab.gashi",
        ExaminedOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-5), ClassCharacteristics = "6 lands and grooves, right twist", Result = "Suitable for comparison",
    };
}
