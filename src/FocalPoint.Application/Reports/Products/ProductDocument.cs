using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// Turns a product's stored inputs into one self-contained HTML page (styles inline, drawings as SVG, every text
/// encoded): the preview shows its body, the PDF renderer prints the whole page. Pure: the same inputs give the same page.
/// </summary>
public static class ProductDocument
{
    public static string Page(ProductInputs inputs)
    {
        return $"""
            <!DOCTYPE html>
            <html lang="{ProductText.Culture(inputs.Language).TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{Encode(Title(inputs))}</title>
            <style>{Styles}</style></head><body>
            {Body(inputs)}
            </body></html>
            """;
    }

    /// <summary>The marking on top of every printed page and the edition's identity at the bottom.</summary>
    public static Pdf.PageMargins Margins(ProductInputs inputs)
    {
        var h = inputs.Header;
        return new(
            $"TLP:{ProductMarkings.Tlp(h.Tlp)} · {h.HandlingCode}",
            $"FocalPoint · {inputs.Word($"Product_Kind_{h.Kind}")} {h.Period} · {inputs.Word("Product_Edition")} {h.Edition} · {inputs.Word("Product_Cutoff")} {ProductFormat.CutOff(h.DataCutOffUtc)} · TLP:{ProductMarkings.Tlp(h.Tlp)}");
    }

    /// <summary>The product without page furniture, for the preview on screen (the site's styles apply there).</summary>
    public static string Body(ProductInputs inputs)
    {
        var html = new StringBuilder("<article class=\"product-doc\">");
        html.Append("<p class=\"product-marking\">").Append(Encode($"TLP:{ProductMarkings.Tlp(inputs.Header.Tlp)} · {inputs.Header.HandlingCode}")).Append("</p>");
        foreach (var block in Blocks(inputs.Template))
        {
            html.Append(Block(block, inputs));
        }

        return html.Append("</article>").ToString();
    }

    public static string Title(ProductInputs inputs) => $"{inputs.Word($"Product_Kind_{inputs.Header.Kind}")} · {inputs.Header.PeriodLabel}";

    private static IEnumerable<string> Blocks(string template) =>
        template.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(b => b.Trim()).Where(b => b.Length > 0);

    private static string Block(string block, ProductInputs inputs)
    {
        if (block == "---")
        {
            return "<div class=\"page-break\"></div>";
        }

        if (block.StartsWith("## ", StringComparison.Ordinal))
        {
            return $"<h2>{Inline(block[3..], inputs)}</h2>";
        }

        if (block.StartsWith("# ", StringComparison.Ordinal))
        {
            return $"<h1>{Inline(block[2..], inputs)}</h1>";
        }

        var placeholders = TemplateSyntax.Placeholders(block).ToList();
        if (placeholders.Count == 1 && placeholders[0].Text == block && TemplateSyntax.Blocks.Contains(placeholders[0].Name))
        {
            return ProductBlocks.Render(placeholders[0], inputs);
        }

        return $"<p>{Inline(block, inputs)}</p>";
    }

    /// <summary>Text with inline placeholders filled; the text is encoded first, so a template cannot inject markup.</summary>
    private static string Inline(string text, ProductInputs inputs)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var p in TemplateSyntax.Placeholders(text))
        {
            var start = text.IndexOf(p.Text, at, StringComparison.Ordinal);
            html.Append(Encode(text[at..start]).Replace("\n", "<br>", StringComparison.Ordinal));
            html.Append(Encode(InlineValue(p, inputs)));
            at = start + p.Text.Length;
        }

        return html.Append(Encode(text[at..]).Replace("\n", "<br>", StringComparison.Ordinal)).ToString();
    }

    private static string InlineValue(Placeholder p, ProductInputs inputs)
    {
        var h = inputs.Header;
        return p.Name switch
        {
            "period" => h.PeriodLabel,
            "cutoff" => ProductFormat.CutOff(h.DataCutOffUtc),
            "handling" => h.HandlingCode.ToString(),
            "tlp" => "TLP:" + ProductMarkings.Tlp(h.Tlp),
            "edition" => h.Edition.ToString(ProductText.Culture(inputs.Language)),
            "value" => ProductFormat.Number(inputs.Value(p.Argument)?.Value, Unit(p.Argument, inputs), inputs.Language),
            "earlier" => ProductFormat.Number(inputs.Earlier(p.Argument)?.Value, Unit(p.Argument, inputs), inputs.Language),
            "change" => ProductFormat.Change(inputs.Value(p.Argument)?.Value, inputs.Earlier(p.Argument)?.Value, Unit(p.Argument, inputs), inputs),
            _ => p.Text,
        };
    }

    internal static string Unit(string indicatorId, ProductInputs inputs) =>
        inputs.Definitions.FirstOrDefault(d => d.Id == indicatorId)?.Unit ?? "";

    // Letters of every script stay letters (ë, š, č); only what HTML itself reads is escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    internal static string Encode(string text) => Html.Encode(text);

    // Print styles: the renderer sets the A4 page and its margins; drawings and their titles stay on one page.
    private const string Styles = """
        body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #1b1f24; }
        h1 { font-size: 18pt; color: #12355b; margin: 0 0 6pt; }
        h2 { font-size: 13pt; color: #12355b; margin: 14pt 0 6pt; border-bottom: 1px solid #c9d3df; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; page-break-inside: auto; }
        tr { page-break-inside: avoid; }
        th, td { border-bottom: 1px solid #dde3ea; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; white-space: nowrap; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        .product-marking { display: none; }
        .notice { border-left: 3pt solid #b8860b; padding: 4pt 8pt; background: #fff8e6; }
        .commentary { border-left: 3pt solid #1f5fa8; padding: 2pt 8pt; }
        .page-break { page-break-after: always; }
        .caption { font-size: 8.5pt; color: #555; }
        svg { display: block; margin: 4pt 0; }
        dl dt { font-weight: bold; margin-top: 6pt; } dl dd { margin: 0 0 0 10pt; }
        """;
}
