using System.Globalization;
using System.Net;
using System.Text;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Community.Safety;

/// <summary>
/// The council report as one self-contained HTML page for the PDF renderer: the month's incidents by kind beside the
/// previous month and the same month a year earlier, domestic violence and celebratory shooting first. Words come from
/// tools/strings.tsv in the chosen language, as in the products and the case file.
/// </summary>
public static class CouncilReportDocument
{
    public static string Page(CouncilReportContent report)
    {
        var culture = ProductText.Culture(report.Language);
        var month = new DateOnly(report.Year, report.Month, 1);
        var previous = month.AddMonths(-1);
        string W(string key) => E(ProductText.Get(key, report.Language));
        string Period(DateOnly d) => E(d.ToString("MMMM yyyy", culture));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""<!DOCTYPE html><html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{W("Council_Report_Title")}</title><style>{Styles}</style></head><body>""");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{W("Council_Report_Title")}</h1><p class=\"cover\"><strong>{E(report.Municipality)}</strong> · {Period(month)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{W("Council_Report_Intro")}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{W("Council_Report_Kind")}</th><th>{Period(month)}</th><th>{Period(previous)}</th><th>{Period(month.AddYears(-1))}</th></tr></thead><tbody>");
        var kinds = MunicipalFigures.ShownApart.Concat(Enum.GetValues<IncidentKind>().Except(MunicipalFigures.ShownApart));
        foreach (var kind in kinds)
        {
            var apart = MunicipalFigures.ShownApart.Contains(kind) ? " class=\"apart\"" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr{apart}><td>{W("IncidentKind_" + kind)}</td>{Cells(report.Month0.Of(kind), report.PreviousMonth.Of(kind), report.YearEarlier.Of(kind))}</tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><td>{W("Council_Report_Total")}</td>{Cells(report.Month0.Total, report.PreviousMonth.Total, report.YearEarlier.Total)}</tr>");
        html.Append("</tbody></table>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{W("Council_Report_Note")}</p>");
        return html.Append("</body></html>").ToString();
    }

    public static PageMargins Margins(CouncilReportContent report) => new(
        ProductText.Get("Council_Report_Marking", report.Language),
        string.Create(CultureInfo.InvariantCulture, $"FocalPoint · {report.Municipality} · {report.Year}-{report.Month:00} · {report.PreparedAtUtc:yyyy-MM-dd HH:mm} UTC"));

    /// <summary>The month's count, then each comparison with its change in brackets (+3, −2).</summary>
    private static string Cells(int now, int previous, int yearEarlier) => string.Create(CultureInfo.InvariantCulture,
        $"<td class=\"n\"><strong>{now}</strong></td><td class=\"n\">{previous} ({Change(now - previous)})</td><td class=\"n\">{yearEarlier} ({Change(now - yearEarlier)})</td>");

    private static string Change(int delta) => delta switch
    {
        > 0 => "+" + delta.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-delta).ToString(CultureInfo.InvariantCulture),
        _ => "±0",
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private const string Styles = """
        @page { size: A4; margin: 22mm 16mm; }
        body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
        h1 { font-size: 18pt; margin: 0 0 4mm; }
        table { width: 100%; border-collapse: collapse; margin: 4mm 0; }
        th, td { border: 1px solid #bbb; padding: 1.5mm; text-align: left; }
        th { background: #eee; }
        td.n { text-align: right; }
        tr.apart td { background: #fff4e0; }
        tr.total td { font-weight: bold; border-top: 2px solid #555; }
        .cover { font-size: 13pt; }
        .note { color: #444; font-size: 9pt; }
        """;
}
