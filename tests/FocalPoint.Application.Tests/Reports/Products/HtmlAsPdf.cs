using System.Text;
using FocalPoint.Application.Reports.Pdf;

namespace FocalPoint.Application.Tests.Reports.Products;

/// <summary>A renderer that "prints" the page as its UTF-8 HTML: data tests check what is printed without a browser.</summary>
internal sealed class HtmlAsPdf : IPdfRenderer
{
    public Task<byte[]> RenderAsync(string html, PageMargins? margins = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Encoding.UTF8.GetBytes($"{margins?.Top}\n{html}\n{margins?.Bottom}"));

    public static string Text(byte[] pdf) => Encoding.UTF8.GetString(pdf);
}
