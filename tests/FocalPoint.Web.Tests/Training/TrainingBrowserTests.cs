using System.Text;
using FocalPoint.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Training;

/// <summary>
/// Issue 16, item 3: a trainer imports attendance sheets in English and Serbian; an officer who attended the first
/// course comes back under a Serbian spelling and the sex-disaggregated report counts him once as a person, twice as
/// a participation. A sheet with an unknown sex is refused whole first.
/// </summary>
public sealed class TrainingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Unit = "Browser Test Unit";

    private static readonly string First =
        $"Given name,Family name,Sex,Birth year,Institution\nQëndrim,Zhabotest,M,1988,{Unit}\nTeuta,Testaj,F,1992,{Unit}\nBlerim,Provaj,,1985,{Unit}\n";

    private static readonly string Second = $"Ime;Prezime;Pol;Godina rođenja;Institucija\nĆendrim;Žabotest;M;1988;{Unit}\nMirjana;Testić;{{0}};1990;{Unit}\n";

    [Fact]
    public async Task Trainer_ImportsAnAttendanceSheet_ReportCountsTheReturningOfficerOnceSplitBySex()
    {
        var page = await fixture.SignedInPageAsync("trainer", startPath: "/");
        await Expect(page.Locator("#home-training")).ToBeVisibleAsync();
        await CourseAsync(page, "Browser course one", First);
        await Expect(page.Locator("#attendance-done")).ToContainTextAsync("3 participants recorded: 3 new persons");

        await CourseAsync(page, "Browser course two", string.Format(System.Globalization.CultureInfo.InvariantCulture, Second, "X"));
        await Expect(page.Locator("#attendance-problems")).ToContainTextAsync("Unknown sex \"X\"");
        await Expect(page.Locator("#course-count")).ToHaveTextAsync("0");
        await fixture.ShotAsync(page, "130-training-import-refused-en");

        await page.SetInputFilesAsync("#attendance-file", Sheet(string.Format(System.Globalization.CultureInfo.InvariantCulture, Second, "Ž")));
        await page.ClickAsync("#attendance-send");
        await Expect(page.Locator("#attendance-done")).ToContainTextAsync("2 participants recorded: 1 new persons, 1 known");
        var coursePath = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync($"/training/figures?institution={Uri.EscapeDataString(Unit)}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#training-headline")).ToHaveTextAsync("4 persons trained: 1 men, 2 women, 1 not recorded (5 participations)");
        await Expect(page.Locator("#training-total td")).ToHaveTextAsync(["4", "1", "2", "1", "5", "2", "2", "1"]);
        foreach (var culture in new[] { "en", "sq", "sr-Latn" })
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={Uri.EscapeDataString($"/training/figures?institution={Unit}")}");
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator("#training-total td").First).ToHaveTextAsync("4");
            await fixture.ShotAsync(page, $"131-training-figures-{culture}");
            await page.GotoAsync(coursePath);
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator("#course-count")).ToHaveTextAsync("2");
            await fixture.ShotAsync(page, $"132-training-course-{culture}");
        }
    }

    private static async Task CourseAsync(IPage page, string title, string sheet)
    {
        await page.GotoAsync("/training");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#course-title", title);
        await page.FillAsync("#course-institution", "Police Academy (test)");
        await page.FillAsync("#course-trainer", "Trainer Test");
        await page.ClickAsync("#course-save");
        await page.WaitForUrlAsync(url => url.Contains("/training/courses/", StringComparison.Ordinal));
        await Expect(page.Locator("#course-count")).ToBeVisibleAsync();
        await page.SetInputFilesAsync("#attendance-file", Sheet(sheet));
        await page.ClickAsync("#attendance-send");
        await Expect(page.Locator("#attendance-done, #attendance-refused")).ToBeVisibleAsync();
    }

    private static FilePayload Sheet(string text) => new() { Name = "attendance.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
