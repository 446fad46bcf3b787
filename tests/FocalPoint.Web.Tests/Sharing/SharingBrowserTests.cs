using System.Text;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Sharing;

/// <summary>
/// Issue 14, Done when: a liaison officer registers a partner and its key, builds a package with the redaction preview,
/// a commander approves it, and it is sent and appears in the partner's ledger; a file that is no package is refused.
/// </summary>
public sealed class SharingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] OtherLanguages = ["sq", "sr-Latn"];

    [Fact]
    public async Task Liaison_BuildsAPackageWithPreview_CommanderApproves_ItIsSentAndInThePartnersLedger()
    {
        var (reference, firearmSerial) = await IncidentAsync(HandlingCode.H2);
        var liaison = await fixture.SignedInPageAsync("liaison", startPath: "/");
        await Expect(liaison.Locator("#home-sharing")).ToBeVisibleAsync();

        // A partner and its encryption key, as after comparing the fingerprint by phone.
        await liaison.GotoAsync("/sharing/partners");
        await BrowserFixture.WaitUntilLiveAsync(liaison);
        await liaison.FillAsync("#partner-code", "MK-MOI");
        await liaison.FillAsync("#partner-name", "North Macedonia Ministry of Interior");
        await liaison.FillAsync("#partner-country", "MK");
        await liaison.FillAsync("#partner-never", "narrative");
        await liaison.ClickAsync("#partner-save");
        await liaison.WaitForUrlAsync(url => url.Contains("/sharing/partners/", StringComparison.Ordinal));
        var partnerPath = new Uri(liaison.Url).AbsolutePath;
        await BrowserFixture.WaitUntilLiveAsync(liaison);
        var key = PrivateKey.NewEncryption().Public;
        await liaison.FillAsync("#key-text", Convert.ToBase64String(key.SubjectPublicKeyInfo));
        await liaison.ClickAsync("#key-add");
        await Expect(liaison.Locator("#key-added")).ToContainTextAsync(KeyMaterial.Fingerprint(key.SubjectPublicKeyInfo));

        // The builder: find the incident, take its firearm and person, preview what leaves, submit for approval.
        await BuildPreviewAsync(liaison, reference);
        var preview = liaison.Locator("#preview-MK-MOI");
        await Expect(preview).ToContainTextAsync(firearmSerial);
        await Expect(preview.Locator(".person-reference")).ToBeVisibleAsync();
        await Expect(preview).Not.ToContainTextAsync("narrative");
        await Expect(liaison.Locator("#share-needs-approval")).ToBeVisibleAsync();
        await fixture.ShotAsync(liaison, "140-sharing-preview-en");
        await liaison.ClickAsync("#share-send");
        await Expect(liaison.Locator("#share-sent .sent-package[data-status=AwaitingApproval]")).ToBeVisibleAsync();

        // The commander releases it (the requester could not).
        var commander = await fixture.SignedInPageAsync("commander", startPath: "/");
        await Expect(commander.Locator("#home-sharing-awaiting")).ToContainTextAsync("MK-MOI");
        foreach (var culture in OtherLanguages)
        {
            await ShowAsync(commander, culture, "/sharing/approvals", "section.approval", "141-sharing-approvals");
        }

        await ShowAsync(commander, "en", "/sharing/approvals", "section.approval", "141-sharing-approvals");
        await commander.ClickAsync("section.approval button.approve");
        await Expect(commander.Locator("#approval-decided")).ToBeVisibleAsync();
        await Expect(commander.Locator("#approvals-empty")).ToBeVisibleAsync();

        // Sent, in the partner's ledger, its file ready to hand over.
        await liaison.GotoAsync(partnerPath);
        await BrowserFixture.WaitUntilLiveAsync(liaison);
        await Expect(liaison.Locator("#ledger .ledger-row[data-status=Sent]")).ToHaveCountAsync(1);
        foreach (var culture in OtherLanguages.Append("en"))
        {
            await ShowAsync(liaison, culture, partnerPath, "#ledger", "142-sharing-partner");
        }

        await liaison.ClickAsync("#ledger .ledger-row a");
        await Expect(liaison.Locator("#package-download")).ToBeVisibleAsync();
        await fixture.ShotAsync(liaison, "143-sharing-package-en");

        // A file that is no package: a clear message in the reader's language, nothing stored.
        foreach (var culture in OtherLanguages.Append("en"))
        {
            await ShowAsync(liaison, culture, "/sharing/receive", "#receive-form", "144-sharing-receive");
            await liaison.SetInputFilesAsync("#receive-file", new FilePayload { Name = "not-a-package.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{\"records\": []}") });
            await liaison.ClickAsync("#receive-open");
            await Expect(liaison.Locator("#receive-refused")).ToBeVisibleAsync();
            await fixture.ShotAsync(liaison, $"145-sharing-refused-{culture}");
        }

        await Expect(liaison.Locator("#receive-refused")).ToContainTextAsync("not a valid sharing package");
        foreach (var culture in OtherLanguages.Append("en"))
        {
            await BuildPreviewAsync(liaison, reference, culture);
            await fixture.ShotAsync(liaison, $"140-sharing-preview-{culture}");
            await ShowAsync(liaison, culture, "/sharing/groups", "#share-group-form", "146-sharing-groups");
            await ShowAsync(liaison, culture, "/sharing/partners", "#share-partners", "147-sharing-partners");
            await ShowAsync(liaison, culture, "/", "#home-sharing", "148-sharing-home");
        }

        // An H1 selection downloads as a STIX bundle (an H2 one offers no export: it needs a commander).
        var (open, _) = await IncidentAsync(HandlingCode.H1);
        foreach (var culture in OtherLanguages.Append("en"))
        {
            await BuildPreviewAsync(liaison, open, culture);
            await Expect(liaison.Locator("#share-export-stix")).ToBeVisibleAsync();
            await fixture.ShotAsync(liaison, $"149-sharing-export-{culture}");
        }

        var download = await liaison.RunAndWaitForDownloadAsync(() => liaison.ClickAsync("#share-export-stix"));
        await using var file = await download.CreateReadStreamAsync();
        var bundle = await System.Text.Json.JsonDocument.ParseAsync(file);
        Assert.Equal("bundle", bundle.RootElement.GetProperty("type").GetString());
        Assert.EndsWith(".stix.json", download.SuggestedFilename, StringComparison.Ordinal);
    }

    private async Task ShowAsync(IPage page, string culture, string path, string selector, string shot)
    {
        await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={path}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator(selector).First).ToBeVisibleAsync();
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
        await fixture.ShotAsync(page, $"{shot}-{culture}");
    }

    private static async Task BuildPreviewAsync(IPage page, string reference, string? culture = null)
    {
        await page.GotoAsync(culture is null ? "/sharing/send" : $"/culture/set?culture={culture}&returnUrl=/sharing/send");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#share-find", reference);
        await page.ClickAsync("#share-find-go");
        await page.Locator("#share-found .share-candidate[data-key^='firearm:']").First.CheckAsync();
        await page.Locator("#share-found .share-candidate[data-key^='person:']").First.CheckAsync();
        await page.SelectOptionAsync("#share-partner", new SelectOptionValue { Label = "MK-MOI · North Macedonia Ministry of Interior" });
        await page.FillAsync("#share-purpose", "Joint investigation, Tetovo route");
        await page.ClickAsync("#share-preview");
        await Expect(page.Locator("#preview-MK-MOI")).ToBeVisibleAsync();
    }

    /// <summary>An open (GREEN or CLEAR) incident with a firearm and a person that every reader sees; under H2 sharing it needs a commander.</summary>
    private async Task<(string Reference, string Serial)> IncidentAsync(HandlingCode handling)
    {
        await using var db = fixture.App.Database.CreateContext();
        var incident = await db.Incidents
            .Where(i => i.HandlingCode == handling && (i.Tlp == Tlp.Green || i.Tlp == Tlp.Clear) && i.Persons.Any() && i.Firearms.Any(f => f.SerialAsWritten != null && f.SerialAsWritten.Length > 3))
            .OrderBy(i => i.Id).Select(i => new { i.Reference, Serial = i.Firearms.OrderBy(f => f.Id).Select(f => f.SerialAsWritten).First() }).FirstAsync();
        return (incident.Reference, incident.Serial!);
    }
}
