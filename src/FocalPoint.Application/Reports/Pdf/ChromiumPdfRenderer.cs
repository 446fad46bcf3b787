using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace FocalPoint.Application.Reports.Pdf;

/// <summary>
/// Prints HTML through Chromium's own print path, driven by Playwright (ADR 0020). The page is offline: JavaScript is
/// off and every request the document would make is refused, so a template can neither run code nor reach a network.
/// One browser per render: products are printed a few times a month, and a fresh process holds no other user's page.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfOptions> options) : IPdfRenderer
{
    private static readonly string[] Arguments = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public async Task<byte[]> RenderAsync(string html, PageMargins? margins = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!File.Exists(settings.ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {settings.ChromiumPath} (setting Pdf:ChromiumPath).");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = settings.ChromiumPath, Headless = true, Args = Arguments });
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(settings.TimeoutSeconds * 1000f);
        await page.RouteAsync("**/*", route => route.AbortAsync());
        cancellationToken.ThrowIfCancellationRequested();
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new()
        {
            Format = "A4", PrintBackground = true, PreferCSSPageSize = false,
            Margin = new() { Top = "20mm", Bottom = "20mm", Left = "16mm", Right = "16mm" },
            DisplayHeaderFooter = margins is not null,
            HeaderTemplate = margins is null ? null : Margin(margins.Top, pageNumber: false),
            FooterTemplate = margins is null ? null : Margin(margins.Bottom, pageNumber: true),
        });
    }

    // Chromium draws these outside the page's own styles: sizes and colours must be inline, or the text is invisible.
    private static string Margin(string text, bool pageNumber) =>
        $"<div style=\"width:100%;font-size:8px;color:#444;text-align:center;font-family:'DejaVu Sans',sans-serif;margin:0 16mm\">"
        + System.Net.WebUtility.HtmlEncode(text)
        + (pageNumber ? " · <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span>" : "")
        + "</div>";
}
