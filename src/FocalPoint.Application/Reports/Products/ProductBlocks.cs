using System.Globalization;
using System.Text;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Domain.Incidents;
using static FocalPoint.Application.Reports.Products.ProductDocument;

namespace FocalPoint.Application.Reports.Products;

/// <summary>TLP markings as FIRST writes them.</summary>
public static class ProductMarkings
{
    public static string Tlp(Tlp tlp) => tlp == Domain.Incidents.Tlp.AmberStrict ? "AMBER+STRICT" : tlp.ToString().ToUpperInvariant();
}

/// <summary>The block placeholders of a template: tables, charts, the map, notices, definitions.</summary>
internal static class ProductBlocks
{
    public static string Render(Placeholder p, ProductInputs inputs) => p.Name switch
    {
        "commentary" => Commentary(inputs),
        "partial" => Notices(inputs),
        "figures" => Figures(inputs),
        "kpis" => Kpis(inputs),
        "breakdown" => Breakdown(p.Argument.Split(':')[0], p.Argument.Split(':')[1], inputs),
        "chart" => Chart(p.Argument, inputs),
        "map" => Map(inputs),
        "definitions" => Definitions(inputs),
        "hotspots" => ProductPatterns.Render(inputs),
        _ => "",
    };

    private static string Commentary(ProductInputs inputs) =>
        inputs.Commentary.Length == 0
            ? ""
            : "<div class=\"commentary\">" + string.Concat(inputs.Commentary.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
                .Select(p => $"<p>{Encode(p.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)}</p>")) + "</div>";

    private static string Notices(ProductInputs inputs)
    {
        var html = new StringBuilder();
        if (inputs.Partial)
        {
            html.Append($"<p class=\"notice\">{Encode(inputs.Word("Product_Partial"))}</p>");
        }

        if (inputs.Empty)
        {
            html.Append($"<p class=\"notice\">{Encode(inputs.Word("Product_Empty"))}</p>");
        }

        return html.ToString();
    }

    /// <summary>Every indicator: this period, a year earlier, the change. The XLSX annex's "Figures" sheet holds the same rows.</summary>
    private static string Figures(ProductInputs inputs)
    {
        var html = new StringBuilder(Header(inputs, 1, "Product_Indicator", "Product_This_Period", "Product_Year_Earlier", "Product_Change"));
        foreach (var value in inputs.Values)
        {
            var unit = Unit(value.Id, inputs);
            var earlier = inputs.Earlier(value.Id)?.Value;
            html.Append($"<tr><td>{Encode(inputs.Name(value.Id))}</td><td class=\"n\">{Encode(ProductFormat.Number(value.Value, unit, inputs.Language))}</td>")
                .Append($"<td class=\"n\">{Encode(ProductFormat.Number(earlier, unit, inputs.Language))}</td><td class=\"n\">{Encode(ProductFormat.Change(value.Value, earlier, unit, inputs))}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>The Roadmap KPIs with the computed indicators that report on them.</summary>
    private static string Kpis(ProductInputs inputs)
    {
        var html = new StringBuilder(Header(inputs, 2, "Product_Kpi", "Product_Indicator", "Product_This_Period", "Product_Year_Earlier"));
        foreach (var kpi in inputs.Kpis)
        {
            var indicators = inputs.Definitions.Where(d => d.Kpi == kpi.Number && inputs.Value(d.Id) is not null).ToList();
            var name = Encode($"KPI {kpi.Number}: {inputs.Pick(kpi.NameEn, kpi.NameSq, kpi.NameSr)}");
            if (indicators.Count == 0)
            {
                html.Append($"<tr><td>{name}</td><td colspan=\"3\">{Encode(inputs.Word("Product_Not_Computed"))}</td></tr>");
                continue;
            }

            for (var i = 0; i < indicators.Count; i++)
            {
                var d = indicators[i];
                html.Append(i == 0 ? $"<tr><td rowspan=\"{indicators.Count}\">{name}</td>" : "<tr>")
                    .Append($"<td>{Encode(inputs.Name(d.Id))}</td><td class=\"n\">{Encode(ProductFormat.Number(inputs.Value(d.Id)!.Value, d.Unit, inputs.Language))}</td>")
                    .Append($"<td class=\"n\">{Encode(ProductFormat.Number(inputs.Earlier(d.Id)?.Value, d.Unit, inputs.Language))}</td></tr>");
            }
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Breakdown(string id, string dimension, ProductInputs inputs)
    {
        var parts = inputs.Value(id)?.By(dimension).GroupBy(p => p.Key).Select(g => (Key: g.Key, Value: g.Sum(p => p.Value))).OrderByDescending(p => p.Value).ToList() ?? [];
        if (parts.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder($"<h3>{Encode(inputs.Name(id))}</h3>").Append(Header(inputs, 1, "Product_Category", "Product_This_Period"));
        foreach (var (key, value) in parts)
        {
            var label = dimension == Dimensions.Month ? ProductFormat.Month(key, inputs.Language) : inputs.Label(dimension, key);
            html.Append($"<tr><td>{Encode(label)}</td><td class=\"n\">{Encode(ProductFormat.Number(value, "", inputs.Language))}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Chart(string id, ProductInputs inputs) =>
        inputs.Charts.FirstOrDefault(c => c.Id == id) is { IsEmpty: false } chart
            ? $"<div class=\"keep\"><h3>{Encode(inputs.Word($"Dash_Chart_{id}"))}</h3>{ProductSvg.Bars(chart, inputs)}</div>"
            : "";

    private static string Map(ProductInputs inputs) =>
        inputs.Map.Any(p => p.Incidents > 0)
            ? $"<div class=\"keep\"><h3>{Encode(inputs.Word("Dash_Chart_municipalities"))}</h3>{ProductSvg.Map(inputs.Map, inputs)}<p class=\"caption\">{Encode(inputs.Word("Product_Map_Caption"))}</p></div>"
            : "";

    /// <summary>The definitions of the indicators this edition used, as the catalogue held them at publication.</summary>
    // Editions published before definitions were versioned carry no number and print as they did.
    private static string VersionMark(IndicatorEntry d) => d.Version is { } v ? " v" + v.ToString(CultureInfo.InvariantCulture) : "";

    private static string Definitions(ProductInputs inputs)
    {
        var html = new StringBuilder("<dl class=\"definitions\">");
        foreach (var d in inputs.Definitions.Where(d => inputs.Value(d.Id) is not null))
        {
            html.Append($"<dt>{Encode(inputs.Name(d.Id))} ({Encode(d.Id)}{VersionMark(d)})</dt><dd>{Encode(inputs.Definition(d))} {Encode(inputs.Word("Product_Formula"))}: {Encode(d.Formula)}. {Encode(inputs.Word("Product_Source"))}: {Encode(inputs.Source(d))}.</dd>");
        }

        return html.Append("</dl>").ToString();
    }

    internal static string Header(ProductInputs inputs, int textColumns, params string[] columns) =>
        "<table><thead><tr>" + string.Concat(columns.Select((c, i) => $"<th{(i < textColumns ? "" : " class=\"n\"")}>{Encode(inputs.Word(c))}</th>")) + "</tr></thead><tbody>";
}
