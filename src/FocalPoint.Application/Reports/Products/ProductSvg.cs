using System.Globalization;
using System.Text;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// The product's drawings as inline SVG, drawn on the server from the stored inputs: a printed page runs no script,
/// and a drawing made from the stored figures is the same every time the edition is rendered.
/// </summary>
internal static class ProductSvg
{
    private const string Current = "#1f5fa8";
    private const string Earlier = "#b7c7dc";
    private const int MaxBars = 12;

    /// <summary>Horizontal bars, this period beside a year earlier; months in order, other charts largest first.</summary>
    public static string Bars(DashboardChart chart, ProductInputs inputs)
    {
        var points = chart.Id == DashboardCharts.Months ? chart.Points : [.. chart.Points.Where(p => p.Value > 0 || p.YearEarlier > 0).Take(MaxBars)];
        if (points.Count == 0)
        {
            return "";
        }

        const int labelWidth = 210, barWidth = 380, row = 26;
        var max = Math.Max(1, points.Max(p => Math.Max(p.Value, p.YearEarlier)));
        var height = (points.Count * row) + 30;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"660\" height=\"{height}\" viewBox=\"0 0 660 {height}\" role=\"img\" aria-label=\"{Encode(inputs.Word($"Dash_Chart_{chart.Id}"))}\">"));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = i * row;
            svg.Append(Inv($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"11\">{Encode(Label(chart.Id, p.Key, inputs))}</text>"));
            svg.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{Width(p.Value, max, barWidth)}\" height=\"11\" fill=\"{Current}\"/>"));
            svg.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 15}\" width=\"{Width(p.YearEarlier, max, barWidth)}\" height=\"6\" fill=\"{Earlier}\"/>"));
            svg.Append(Inv($"<text x=\"{labelWidth + Width(p.Value, max, barWidth) + 4}\" y=\"{y + 13}\" font-size=\"10\">{p.Value}</text>"));
        }

        var legend = height - 14;
        svg.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{legend - 8}\" width=\"10\" height=\"10\" fill=\"{Current}\"/><text x=\"{labelWidth + 14}\" y=\"{legend + 1}\" font-size=\"10\">{Encode(inputs.Word("Product_This_Period"))}</text>"));
        svg.Append(Inv($"<rect x=\"{labelWidth + 160}\" y=\"{legend - 8}\" width=\"10\" height=\"10\" fill=\"{Earlier}\"/><text x=\"{labelWidth + 174}\" y=\"{legend + 1}\" font-size=\"10\">{Encode(inputs.Word("Product_Year_Earlier"))}</text>"));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Municipalities as circles at their reference coordinates, sized and shaded by incidents per 10,000 inhabitants
    /// (the fallback of the platform's map, ADR 0014, which a printed page can draw without the GeoJSON or a script).
    /// </summary>
    public static string Map(IReadOnlyList<MapPoint> map, ProductInputs inputs)
    {
        if (map.Count == 0)
        {
            return "";
        }

        const int width = 460, height = 400, pad = 30;
        double minLat = map.Min(p => p.Latitude), maxLat = map.Max(p => p.Latitude), minLon = map.Min(p => p.Longitude), maxLon = map.Max(p => p.Longitude);
        var lonScale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = Math.Min((width - (2 * pad)) / Math.Max(0.01, (maxLon - minLon) * lonScale), (height - (2 * pad)) / Math.Max(0.01, maxLat - minLat));
        var maxRate = Math.Max(0.01m, map.Max(p => p.Rate ?? 0m));
        var top = map.Where(p => p.Incidents > 0).OrderByDescending(p => p.Rate ?? 0m).Take(6).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var svg = new StringBuilder(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(inputs.Word("Dash_Chart_municipalities"))}\">"));
        svg.Append(Inv($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#f4f6f8\"/>"));
        foreach (var p in map.OrderBy(p => p.Rate ?? 0m))
        {
            var x = pad + ((p.Longitude - minLon) * lonScale * scale);
            var y = height - pad - ((p.Latitude - minLat) * scale);
            var share = (double)((p.Rate ?? 0m) / maxRate);
            var radius = p.Incidents == 0 ? 3 : 5 + (18 * Math.Sqrt(share));
            var fill = p.Incidents == 0 ? "#d0d5db" : Shade(share);
            svg.Append(Inv($"<circle cx=\"{x:0.0}\" cy=\"{y:0.0}\" r=\"{radius:0.0}\" fill=\"{fill}\" fill-opacity=\"0.85\" stroke=\"#ffffff\" stroke-width=\"1\"/>"));
            if (top.Contains(p.Key))
            {
                var rate = ProductFormat.Rate(p.Rate, inputs.Language);
                svg.Append(Inv($"<text x=\"{x + radius + 3:0.0}\" y=\"{y + 4:0.0}\" font-size=\"11\">{Encode(inputs.Label(Dimensions.Municipality, p.Key))} {Encode(rate)}</text>"));
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Label(string chart, string key, ProductInputs inputs) =>
        chart == DashboardCharts.Months ? ProductFormat.Month(key, inputs.Language) : inputs.Label(DashboardCharts.Dimension(chart), key);

    private static int Width(int value, int max, int full) => value == 0 ? 0 : Math.Max(1, (int)Math.Round(value * (double)full / max));

    /// <summary>Light to dark red as the rate rises.</summary>
    private static string Shade(double share)
    {
        var light = (int)Math.Round(200 - (150 * share));
        return Inv($"rgb(200,{light},{light})");
    }

    private static string Encode(string text) => ProductDocument.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
