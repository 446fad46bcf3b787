using System.Globalization;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Application.Tracing.Stolen;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// Issue 12, items 2 and 3: an investigator traces a seized firearm from its page, records the partner's answer and
/// sees the time to crime; a seized gun that was reported stolen is flagged on its page; the roadside check finds it.
/// </summary>
public sealed class TracingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Investigator_SendsATraceRecordsTheAnswer_SeesTimeToCrime()
    {
        var (firearmId, recovered) = await TraceableFirearmAsync();
        var page = await fixture.SignedInPageAsync("investigator", startPath: $"/firearms/{firearmId}");
        await page.ClickAsync("#trace-this-firearm");
        await Expect(page.Locator("#trace-identification")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "85-trace-builder");

        await page.ClickAsync("#trace-send");
        await Expect(page.Locator("#trace-status")).ToHaveTextAsync("Sent");
        var today = TimeProvider.System.GetUtcNow().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        await page.FillAsync("#answer-received", today);
        await page.CheckAsync("#answer-established");
        await page.SelectOptionAsync("#answer-country", "RS");
        await page.FillAsync("#answer-point", "Sold by a licensed dealer, later resold without a licence");
        await page.FillAsync("#answer-sale", recovered.AddDays(-400).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await page.ClickAsync("#answer-save");

        await Expect(page.Locator("#trace-status")).ToHaveTextAsync("Answered");
        await Expect(page.Locator("#trace-time-to-crime")).ToContainTextAsync("1.1 years");
        await Expect(page.Locator("#trace-trafficking")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "86-trace-answered-time-to-crime");

        // The printable request goes out in English and, for Serbia, in Serbian Latin too.
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/print");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#trace-sheet-en")).ToContainTextAsync("Firearm trace request");
        await Expect(page.Locator("#trace-sheet-sr-Latn")).ToContainTextAsync("Zahtev za praćenje vatrenog oružja");
        await fixture.ShotAsync(page, "95-trace-print-en-sr");

        await page.GotoAsync("/traces?overdue=true");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#traces-destinations")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "87-traces-overdue");
    }

    [Fact]
    public async Task SeizedGunReportedStolen_FlaggedOnItsPage_AndFoundAtTheRoadside()
    {
        var (seizedId, stolenSerial) = await StolenHitAsync();
        var page = await fixture.SignedInPageAsync("investigator", startPath: $"/firearms/{seizedId}");
        await Expect(page.Locator("#firearm-stolen")).ToContainTextAsync("Reported lost or stolen");
        await fixture.ShotAsync(page, "88-firearm-flagged-stolen");

        var officer = await fixture.SignedInPageAsync("border", startPath: "/stolen");
        await officer.FillAsync("#stolen-serial", stolenSerial);
        await officer.ClickAsync("#stolen-search");
        await Expect(officer.Locator("#stolen-found")).ToBeVisibleAsync();
        await fixture.ShotAsync(officer, "89-stolen-roadside-check");
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task TracingAndStolenPages_AreTranslated(string culture)
    {
        var (firearmId, _) = await TraceableFirearmAsync();
        var answered = await AnsweredTraceAsync();
        var (_, stolenSerial) = await StolenHitAsync();
        var page = await fixture.SignedInPageAsync("investigator", culture, $"/firearms/{firearmId}/trace");
        await Expect(page.Locator("#trace-identification")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"90-trace-builder-{culture}");
        await page.GotoAsync($"/traces/{answered}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#trace-answers")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"91-trace-{culture}");
        await page.GotoAsync("/traces");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#traces-destinations")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"92-traces-{culture}");
        await page.GotoAsync("/stolen");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#stolen-serial", stolenSerial);
        await page.ClickAsync("#stolen-search");
        await Expect(page.Locator("#stolen-found")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"93-stolen-check-{culture}");
        await page.GotoAsync("/stolen/hits");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await fixture.ShotAsync(page, $"94-stolen-hits-{culture}");
    }

    // A seized firearm of an open (green, not H3) incident with a full identification, recovered a few years ago.
    private async Task<(long Id, DateOnly Recovered)> TraceableFirearmAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var f = await db.Firearms.Where(f => f.Incident!.Kind == IncidentKind.Seizure && f.Incident.Tlp == Tlp.Green && f.Incident.HandlingCode != HandlingCode.H3
                && f.Incident.MunicipalityId != null && f.MakeId != null && f.CalibreId != null && f.SerialAsWritten != null && f.MarkingStatus == MarkingStatus.Marked
                && f.Incident.OccurredOn > new DateOnly(2022, 1, 1) && !db.TraceRequests.Any(t => t.FirearmId == f.Id))
            .OrderBy(f => f.Id).Select(f => new { f.Id, f.Incident!.OccurredOn }).FirstAsync();
        return (f.Id, f.OccurredOn);
    }

    private async Task<long> AnsweredTraceAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.TraceRequests.Where(t => t.Status == TraceStatus.Answered && t.Results.Any(r => r.FirstRetailSaleOn != null)
                && t.Firearm!.Incident!.Tlp == Tlp.Green && t.Firearm.Incident.HandlingCode != HandlingCode.H3)
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    // A licensed gun reported stolen, then seized under a misread serial; the check that runs after a save or an import
    // (here the one the demo load runs) makes it a hit. Written directly: the test demo is too small to be sure of one.
    private async Task<(long SeizedId, string StolenSerial)> StolenHitAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var number = Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var stolenSerial = $"ZK-5010{number}";
        var stolen = Incident(IncidentKind.TheftOrLoss, new DateTime(2021, 4, 2, 20, 0, 0, DateTimeKind.Utc), stolenSerial);
        var seized = Incident(IncidentKind.Seizure, new DateTime(2024, 2, 11, 9, 0, 0, DateTimeKind.Utc), $"2K-SO1O{number}");
        db.Incidents.AddRange(stolen, seized);
        await db.SaveChangesAsync();
        var time = TimeProvider.System;
        await new CheckStolen(db, new StolenRegister(time), time, FocalPoint.Application.Notifications.Notify.AsSystem(db, time)).CheckIncidentsAsync(db.Incidents.Where(i => i.Id == seized.Id).Select(i => i.Id));
        return (seized.Firearms[0].Id, stolenSerial);
    }

    private static Incident Incident(IncidentKind kind, DateTime when, string serial) => new()
    {
        Reference = $"FP-{when.Year}-9{Random.Shared.Next(10_000, 99_999)}", Kind = kind, OccurredAtUtc = when, OccurredOn = DateOnly.FromDateTime(when),
        MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
        Narrative = kind == IncidentKind.TheftOrLoss ? "Pistol stolen from the licence holder's home." : "Pistol found in a car at a traffic stop.",
        Tlp = Tlp.Green, HandlingCode = HandlingCode.H0,
        Firearms = [new Firearm { FirearmTypeId = 1, MakeId = 1, Model = "CZ 99", SerialAsWritten = serial, SerialNormalised = SerialNumber.Normalise(serial), MarkingStatus = MarkingStatus.Marked }],
    };
}
