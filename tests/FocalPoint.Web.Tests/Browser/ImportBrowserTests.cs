using System.Text;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

public sealed class ImportBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>An agency export with Albanian headers: one good row, one bad date, one unknown municipality.</summary>
    private const string File =
        "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes;Kalibri;Numri serik\n"
        + "Q-1;32.05.2024;Prishtinë;Quokka pistol under a seat;Pistoletë;9x19;Q1\n"
        + "Q-2;01.05.2024;Atlantis;Quokka rifle in a barn;Pushkë automatike;7,62x39;Q2\n"
        + "Q-3;02.05.2024;Gjakovë;Quokka revolver handed in;Revolver;;Q3\n";

    [Fact]
    public async Task Editor_ImportsWithQuarantine_DownloadsReport_CorrectsAndFindsTheIncidents()
    {
        var page = await fixture.SignedInPageAsync("analyst");
        await BrowserFixture.FollowMenuLinkAsync(page, "/import");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await fixture.ShotAsync(page, "30-import-upload");

        // Upload: the file is sniffed and its Albanian headers mapped.
        await page.FillAsync("#import-source", "browser-kp");
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "kp-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(File) });
        await page.ClickAsync("#import-stage");
        await Expect(page.Locator("#import-format")).ToHaveTextAsync("Csv");
        await Expect(page.Locator("#map-1")).ToHaveValueAsync("OccurredAt");
        await Expect(page.Locator("#map-2")).ToHaveValueAsync("Municipality");
        await Expect(page.Locator("#import-preview tbody tr.bad")).ToHaveCountAsync(2);
        await fixture.ShotAsync(page, "31-import-mapping-preview");

        // Commit with the quarantine policy: one incident in, two rows kept aside.
        await page.CheckAsync("#policy-quarantine");
        await page.ClickAsync("#import-commit");
        await Expect(page.Locator("#summary-created")).ToHaveTextAsync("1");
        await Expect(page.Locator("#summary-quarantined")).ToHaveTextAsync("2");
        await fixture.ShotAsync(page, "32-import-summary");

        // The error report names each bad row, column, problem and fix, with the original values.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-csv"));
        Assert.Equal("kp-export-errors.csv", download.SuggestedFilename);
        var lines = (await System.IO.File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Row,Column,Problem,SuggestedFix,Value,Numri i rastit,Data,Komuna,Pershkrimi,Lloji i armes,Kalibri,Numri serik", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2,Data,Not a date.,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Q-1,32.05.2024,Prishtinë", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,Komuna,Unknown municipality.,", lines[2], StringComparison.Ordinal);

        // Correct both rows in the quarantine, check, then re-import.
        await page.ClickAsync("#open-quarantine");
        await Expect(page.Locator("#qrow-2")).ToContainTextAsync("Not a date.");
        await fixture.ShotAsync(page, "33-import-quarantine");
        await page.FillAsync("#q-2-1", "31.05.2024");
        await page.PressAsync("#q-2-1", "Tab");
        await page.FillAsync("#q-3-2", "Prizren");
        await page.PressAsync("#q-3-2", "Tab");
        await page.ClickAsync("#quarantine-check");
        await Expect(page.Locator("#quarantine-message")).ToContainTextAsync("2 rows would be imported; 0 still have errors.");
        await fixture.ShotAsync(page, "34-import-quarantine-checked");
        await page.ClickAsync("#quarantine-reimport");
        await Expect(page.Locator("#quarantine-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#quarantine-message")).ToContainTextAsync("2 incidents imported from 2 corrected rows");
        await fixture.ShotAsync(page, "35-import-quarantine-reimported");

        // The batches page shows the import and its correction batch.
        await page.GotoAsync("/import/batches");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#batch-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#batch-table tbody tr").First).ToContainTextAsync("corrections of batch");
        await fixture.ShotAsync(page, "36-import-batches");

        // All three incidents are in the registry.
        await page.GotoAsync("/incidents");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#filter-text", "Quokka");
        await page.ClickAsync("#filter-apply");
        await Expect(page.Locator("#incident-table tbody tr")).ToHaveCountAsync(3);
        await fixture.ShotAsync(page, "37-imported-incidents");

        // Rolling back the correction batch asks first, then removes what it created.
        await page.GotoAsync("/import/batches");
        await BrowserFixture.WaitUntilLiveAsync(page);
        var correction = await page.Locator("#batch-table tbody tr").First.GetAttributeAsync("id");
        await page.ClickAsync($"#rollback-{correction!["batch-".Length..]}");
        await Expect(page.Locator("#batch-confirm")).ToContainTextAsync("Every incident and person it created is deleted.");
        await fixture.ShotAsync(page, "38-import-rollback-confirm");
        await page.ClickAsync("#batch-confirm-yes");
        await Expect(page.Locator("#batch-message")).ToContainTextAsync("rolled back: 2 incidents removed");
        await Expect(page.Locator("#batch-table tbody tr").First).ToContainTextAsync("Rolled back");
    }

    [Fact]
    public async Task Editor_UploadsBinaryJunk_GetsAMessageNamingTheFile()
    {
        var page = await fixture.SignedInPageAsync("border", startPath: "/import");
        await page.FillAsync("#import-source", "border-junk");
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "photo.csv", MimeType = "text/csv", Buffer = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3] });

        await page.ClickAsync("#import-stage");

        await Expect(page.Locator("#import-error")).ToContainTextAsync("photo.csv is not a text, CSV, JSON Lines or XLSX file (binary content).");
        await Expect(page.Locator("#import-upload")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "39-import-bad-file");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
