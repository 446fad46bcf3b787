using System.Globalization;
using System.Net;
using System.Text;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;

namespace FocalPoint.Application.Cases.CaseFile;

/// <summary>
/// The case file as one self-contained HTML page for the PDF renderer: a cover with the recipient and the markings, an
/// index, then one numbered section per part. Every value is HTML-encoded; words come from tools/strings.tsv in the
/// chosen language (as the products do), so the file reads like the screens.
/// </summary>
public static class CaseFileDocument
{
    private static readonly string[] Sections = ["CaseFile_Summary", "CaseFile_Incidents", "CaseFile_Items", "CaseFile_Persons", "CaseFile_Tasks", "CaseFile_Journal", "CaseFile_History"];

    public static string Page(CaseFileContent file)
    {
        var c = file.Case;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""<!DOCTYPE html><html lang="{ProductText.Culture(file.Language).TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{E(c.Reference)}</title><style>{Styles}</style></head><body>""");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{W(file, "CaseFile_Title")}</h1><p class=\"cover\"><strong>{E(c.Reference)}</strong> · {E(c.Title)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{W(file, "CaseFile_Recipient")}: <strong>{E(file.Recipient)}</strong><br>{W(file, "CaseFile_Prepared")}: {E(file.PreparedBy)} · {Time(file.PreparedAtUtc)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{W(file, "CaseFile_Index")}</h2><ol class=\"index\">");
        foreach (var section in Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{section}\">{W(file, section)}</a></li>");
        }

        html.Append("</ol>");
        Section(html, file, 0, CaseFileSections.Summary(file));
        Section(html, file, 1, CaseFileSections.Incidents(file));
        Section(html, file, 2, CaseFileSections.Items(file));
        Section(html, file, 3, CaseFileSections.Persons(file));
        Section(html, file, 4, CaseFileSections.Tasks(file));
        Section(html, file, 5, CaseFileSections.Journal(file));
        Section(html, file, 6, CaseFileSections.History(file));
        return html.Append("</body></html>").ToString();
    }

    public static PageMargins Margins(CaseFileContent file) => new(
        $"{ProductText.Get($"Tlp_{file.Case.Tlp}", file.Language)} · {file.Case.HandlingCode}",
        $"FocalPoint · {file.Case.Reference} · {ProductText.Get("CaseFile_Title", file.Language)} · {file.Recipient}");

    internal static string W(CaseFileContent file, string key) => E(ProductText.Get(key, file.Language));

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    internal static string Table(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, string empty)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var h in headings)
        {
            html.Append("<th>").Append(h).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        return any ? html.Append("</tbody></table>").ToString() : $"<p class=\"empty\">{empty}</p>";
    }

    private static void Section(StringBuilder html, CaseFileContent file, int index, string body) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{Sections[index]}\"><h2>{index + 1}. {W(file, Sections[index])}</h2>{body}</section>");

    private const string Styles = """
        @page { size: A4; margin: 22mm 16mm; }
        body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
        h1 { font-size: 20pt; margin: 0 0 4mm; }
        h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 8mm; }
        section { break-before: page; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
        th, td { border: 1px solid #bbb; padding: 1.5mm; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .cover { font-size: 13pt; }
        .empty { color: #555; font-style: italic; }
        .badge { border: 1px solid #555; padding: 0 1mm; font-size: 8pt; }
        """;
}
