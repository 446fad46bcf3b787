namespace FocalPoint.Application.Reports.Pdf;

/// <summary>
/// The platform's one way to print a document to PDF (ADR 0020): a self-contained HTML page in (styles and drawings
/// inline, nothing fetched), A4 PDF bytes out. Every product that prints goes through it.
/// </summary>
public interface IPdfRenderer
{
    /// <param name="margins">Text printed at the top and the bottom of every page (markings, edition), with the page number.</param>
    Task<byte[]> RenderAsync(string html, PageMargins? margins = null, CancellationToken cancellationToken = default);
}

/// <summary>Plain text repeated on every page: a document's protective marking on top, its identity at the bottom.</summary>
public sealed record PageMargins(string Top, string Bottom);

/// <summary>Where the renderer finds its browser; bound from the "Pdf" section.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Debian's Chromium; the deployment has no internet, so Playwright never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A render that takes longer fails instead of holding a request.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}
