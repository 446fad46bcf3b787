using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Risk.Crossings;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// The border loop of issue 13: an analyst drafts a profile, a supervisor approves it, a file of crossings is screened,
/// the border officer opens the hit with its reasons and records the outcome, and the profile's hit rate moves.
/// </summary>
public sealed class RiskBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DraftApproveScreenAndRecordOutcome_MovesTheProfilesHitRate()
    {
        var name = "Same-day returns " + Guid.NewGuid().ToString("N")[..6];
        var analyst = await fixture.SignedInPageAsync("analyst", startPath: "/risk/profiles");
        await analyst.FillAsync("#profile-name", name);
        await analyst.FillAsync("#profile-threshold", "3");
        await analyst.SelectOptionAsync(".indicator-row:nth-child(1) .indicator-kind", "SameDayReturn");
        await analyst.FillAsync(".indicator-row:nth-child(1) .indicator-weight", "2");
        await analyst.FillAsync(".indicator-row:nth-child(1) .indicator-explanation", "Out and back within a day");
        await analyst.ClickAsync("#add-indicator");
        await analyst.SelectOptionAsync(".indicator-row:nth-child(2) .indicator-kind", "CrossingPoint");
        await analyst.FillAsync(".indicator-row:nth-child(2) .indicator-values", "HAN");
        await analyst.FillAsync(".indicator-row:nth-child(2) .indicator-explanation", "Southern crossing on the ammunition route");
        await analyst.ClickAsync("#save-draft");
        await Expect(analyst.Locator("#draft-saved")).ToBeVisibleAsync();
        var row = analyst.Locator("#risk-profiles tr", new() { HasText = name });
        await Expect(row.Locator(".status")).ToHaveTextAsync("Draft");
        await fixture.ShotAsync(analyst, "60-risk-profile-drafted");

        var supervisor = await fixture.SignedInPageAsync("commander", startPath: "/risk/profiles");
        var supervised = supervisor.Locator("#risk-profiles tr", new() { HasText = name });
        await supervised.Locator("button.approve").ClickAsync();
        await Expect(supervised.Locator(".status")).ToHaveTextAsync("Approved");
        await fixture.ShotAsync(supervisor, "61-risk-profile-approved");

        // The border officer screens the documented example file from the page: the approved profile is used.
        var officer = await fixture.SignedInPageAsync("border", startPath: "/risk/screen");
        await officer.Locator("#crossings-file").SetInputFilesAsync(Path.Combine(RepositoryRoot.Path, "docs", "examples", "crossings.csv"));
        await officer.ClickAsync("#screen-start");
        await Expect(officer.Locator("#screen-summary")).ToContainTextAsync(name);
        await fixture.ShotAsync(officer, "61b-risk-file-screened");
        await officer.ClickAsync("#screen-open-queue");

        await BrowserFixture.WaitUntilLiveAsync(officer);
        // A hit shows a plate and that a traveller matched: the queue asks why it is consulted, once.
        await officer.FillAsync("#purpose", "Second-line checks at HAN");
        await officer.ClickAsync("#purpose-confirm");
        var hit = officer.Locator("tr.hit[data-crossing='C003']").First;
        await Expect(hit).ToContainTextAsync("returned the same day (+2): Out and back within a day");
        await Expect(hit).ToContainTextAsync("crossing point HAN (+1)");
        await fixture.ShotAsync(officer, "62-risk-hit-queue");
        await hit.Locator("button.found").ClickAsync();
        await Expect(hit.Locator(".outcome")).ToHaveTextAsync("Checked: found");
        await fixture.ShotAsync(officer, "63-risk-hit-outcome");

        await analyst.ReloadAsync();
        await BrowserFixture.WaitUntilLiveAsync(analyst);
        await Expect(row.Locator(".hits")).ToHaveTextAsync("1");
        await Expect(row.Locator(".precision")).ToContainTextAsync("100");
        await fixture.ShotAsync(analyst, "64-risk-profile-hit-rate");
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task HitQueueAndProfiles_AreTranslated(string culture)
    {
        var officer = await fixture.SignedInPageAsync("border", culture, "/risk/hits");
        await Expect(officer.Locator("#purpose")).ToBeVisibleAsync();
        await fixture.ShotAsync(officer, $"65a-risk-hit-queue-purpose-{culture}");
        await officer.FillAsync("#purpose", "Kontroll i linjës së dytë");
        await officer.ClickAsync("#purpose-confirm");
        await Expect(officer.Locator("#hit-queue, #hits-empty")).ToBeVisibleAsync();
        await fixture.ShotAsync(officer, $"65-risk-hit-queue-{culture}");

        // A customs sheet with its own column names: the page offers its columns, the officer maps them, it is screened.
        var sheet = Path.Combine(Path.GetTempPath(), $"kalimet-{culture}-{Guid.NewGuid():N}.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object> { ["Nr"] = "K1", ["Koha"] = "2026-03-02T07:30:00Z", ["Pika"] = "HAN", ["Drejtimi"] = "exit", ["Targa"] = "04777KM" },
            new Dictionary<string, object> { ["Nr"] = "K2", ["Koha"] = "2026-03-02T07:31:00Z", ["Pika"] = "VER", ["Drejtimi"] = "entry", ["Targa"] = "01111KS" },
        });
        await officer.GotoAsync("/risk/screen");
        await BrowserFixture.WaitUntilLiveAsync(officer);
        await officer.Locator("#crossings-file").SetInputFilesAsync(sheet);
        await officer.ClickAsync("#screen-start");
        await Expect(officer.Locator("#screen-mapping")).ToBeVisibleAsync();
        foreach (var (field, column) in new[] { ("id", "Nr"), ("time", "Koha"), ("crossing_point", "Pika"), ("direction", "Drejtimi"), ("plate", "Targa") })
        {
            await officer.SelectOptionAsync($"#map-{field}", column);
        }
        // Saved under a name, the matching reads the next sheet of that shape with no matching step.
        var name = $"Dogana {culture} {Guid.NewGuid():N}"[..24];
        await officer.FillAsync("#map-save-name", name);
        await officer.ClickAsync("#map-save-button");
        await Expect(officer.Locator("#map-save-status")).ToContainTextAsync(name);
        await fixture.ShotAsync(officer, $"65b-risk-screen-mapping-{culture}");
        await officer.ClickAsync("#screen-mapped");
        await Expect(officer.Locator("#screen-records")).ToHaveTextAsync("2");
        await officer.GotoAsync("/risk/screen");
        await BrowserFixture.WaitUntilLiveAsync(officer);
        await officer.SelectOptionAsync("#screen-saved-mapping", name);
        await officer.Locator("#crossings-file").SetInputFilesAsync(sheet);
        await fixture.ShotAsync(officer, $"65c-risk-screen-saved-mapping-{culture}");
        await officer.ClickAsync("#screen-start");
        await Expect(officer.Locator("#screen-records")).ToHaveTextAsync("2");
        await Expect(officer.Locator("#screen-mapping")).ToHaveCountAsync(0);
        File.Delete(sheet);
        var analyst = await fixture.SignedInPageAsync("analyst", culture, "/risk/profiles");
        await Expect(analyst.Locator("#draft-profile")).ToBeVisibleAsync();
        await fixture.ShotAsync(analyst, $"66-risk-profiles-{culture}");
    }

    [Fact]
    public async Task Analyst_AssessesACrossingPointTwice_ComparesVersionsAndFindsItOnTheMatrixAndMap()
    {
        var analyst = await fixture.SignedInPageAsync("analyst", startPath: "/risk/assessments/new");
        await analyst.FillAsync("#assessment-title", "Hani i Elezit after the spring seizures");
        await analyst.SelectOptionAsync("#assessment-crossing-point", "4");
        await analyst.ClickAsync("#suggest-inputs");
        await Expect(analyst.Locator("#assessment-suggestions tr[data-figure='TrendOfDetections']")).ToBeVisibleAsync();
        await analyst.ClickAsync("#save-assessment");
        await Expect(analyst.Locator("#assessment-invalid")).ToBeVisibleAsync();
        await fixture.ShotAsync(analyst, "63-ciram-form-refused");
        string[] values = ["5", "4", "3", "4"];
        for (var i = 0; i < 4; i++)
        {
            var input = analyst.Locator("fieldset.ciram-input").Nth(i);
            await input.Locator(".input-value").SelectOptionAsync(values[i]);
            await input.Locator(".input-rationale").FillAsync($"Rationale {i + 1}");
        }
        await analyst.ClickAsync("#save-assessment");
        await analyst.WaitForUrlAsync(url => url.Contains("/risk/assessments/A", StringComparison.Ordinal));
        // Matrix: threat m[5,4] = 5, exposure m[5,3] = 4, risk m[4,4] = 4: critical.
        await Expect(analyst.Locator("#assessment-level")).ToHaveTextAsync("Critical");
        var key = analyst.Url.Split('/')[^1];

        await analyst.ClickAsync("#new-version");
        await Expect(analyst.Locator("#assessment-title")).ToHaveValueAsync("Hani i Elezit after the spring seizures");
        await analyst.Locator("fieldset.ciram-input").Nth(1).Locator(".input-value").SelectOptionAsync("2");
        await analyst.Locator("fieldset.ciram-input").Nth(1).Locator(".input-rationale").FillAsync("Route closed by the joint patrols");
        await analyst.ClickAsync("#save-assessment");
        await Expect(analyst.Locator("#assessment-history tr[data-version]")).ToHaveCountAsync(2);
        await analyst.Locator("#assessment-history a.compare").ClickAsync();
        await Expect(analyst.Locator("#assessment-comparison tr.changed")).ToHaveCountAsync(2);
        await fixture.ShotAsync(analyst, "64-ciram-comparison");

        foreach (var culture in new[] { "en", "sq", "sr-Latn" })
        {
            await analyst.GotoAsync($"/culture/set?culture={culture}&returnUrl=/risk/assessments");
            await BrowserFixture.WaitUntilLiveAsync(analyst);
            await Expect(analyst.Locator($"#risk-matrix a.chip[href='/risk/assessments/{key}']")).ToBeVisibleAsync();
            await Expect(analyst.Locator("#risk-map canvas")).ToHaveCountAsync(1);
            await fixture.ShotAsync(analyst, $"65-ciram-matrix-map-{culture}");
        }

        var officer = await fixture.SignedInPageAsync("border", startPath: $"/risk/assessments/{key}");
        await Expect(officer.Locator("#assessment-steps")).ToContainTextAsync("risk level = matrix");
        await Expect(officer.Locator("#new-version")).ToHaveCountAsync(0);
        await officer.GotoAsync("/risk/assessments/new");
        await Expect(officer.Locator("h1")).ToHaveTextAsync("No access");
        await Expect(officer.Locator("#assessment-form")).ToHaveCountAsync(0);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
