using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// The XLSX annex of a product: every figure it prints (and its breakdowns, chart points and definitions), written
/// from the same stored inputs as the PDF. Numbers stay numbers; text cells go through <see cref="SpreadsheetCells"/>.
/// </summary>
public static class ProductAnnex
{
    public const string FiguresSheet = "Figures";

    public static async Task<byte[]> WriteAsync(ProductInputs inputs, CancellationToken cancellationToken = default)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Product"] = Product(inputs),
            [FiguresSheet] = Figures(inputs),
            ["Breakdowns"] = Breakdowns(inputs),
            ["Charts"] = Charts(inputs),
            ["Definitions"] = Definitions(inputs),
        };
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { EnableAutoWidth = false }, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    private static List<Dictionary<string, object?>> Product(ProductInputs inputs)
    {
        var h = inputs.Header;
        return
        [
            Row(("Field", "Kind"), ("Value", h.Kind.ToString())),
            Row(("Field", "Period"), ("Value", h.Period)),
            Row(("Field", "Language"), ("Value", h.Language.ToString())),
            Row(("Field", "Edition"), ("Value", h.Edition)),
            Row(("Field", "HandlingCode"), ("Value", h.HandlingCode.ToString())),
            Row(("Field", "TLP"), ("Value", ProductMarkings.Tlp(h.Tlp))),
            Row(("Field", "DataCutOffUtc"), ("Value", ProductFormat.CutOff(h.DataCutOffUtc))),
            Row(("Field", "Partial"), ("Value", inputs.Partial ? "yes" : "no")),
        ];
    }

    /// <summary>One row per indicator, in the order and with the names of the PDF's figures table.</summary>
    private static List<Dictionary<string, object?>> Figures(ProductInputs inputs) =>
    [
        .. inputs.Values.Select(v => Row(
            ("Id", v.Id), ("Name", inputs.Name(v.Id)), ("Unit", ProductDocument.Unit(v.Id, inputs)),
            ("Value", v.Value), ("YearEarlier", inputs.Earlier(v.Id)?.Value))),
    ];

    private static List<Dictionary<string, object?>> Breakdowns(ProductInputs inputs) =>
    [
        .. inputs.Values.SelectMany(v => v.Parts.Select(p => Row(
            ("Indicator", v.Id), ("Dimension", p.Dimension), ("Key", p.Key),
            ("Label", p.Dimension == Dimensions.Month ? ProductFormat.Month(p.Key, inputs.Language) : inputs.Label(p.Dimension, p.Key)), ("Value", p.Value)))),
    ];

    private static List<Dictionary<string, object?>> Charts(ProductInputs inputs) =>
    [
        .. inputs.Charts.SelectMany(c => c.Points.Select(p => Row(
            ("Chart", c.Id), ("Key", p.Key),
            ("Label", c.Id == DashboardCharts.Months ? ProductFormat.Month(p.Key, inputs.Language) : inputs.Label(DashboardCharts.Dimension(c.Id), p.Key)),
            ("Incidents", p.Value), ("YearEarlier", p.YearEarlier), ("RatePer10000", p.Rate)))),
    ];

    private static List<Dictionary<string, object?>> Definitions(ProductInputs inputs) =>
    [
        .. inputs.Definitions.Select(d => Row(
            ("Id", d.Id), ("Name", inputs.Name(d.Id)), ("Definition", inputs.Definition(d)), ("Formula", d.Formula), ("Unit", d.Unit),
            ("Disaggregations", string.Join(",", d.Disaggregations)), ("PeriodType", d.PeriodType.ToString()), ("Source", inputs.Source(d)), ("Kpi", d.Kpi),
            ("Version", d.Version))),
    ];

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value is string text ? SpreadsheetCells.Neutralise(text) : c.Value, StringComparer.Ordinal);
}
