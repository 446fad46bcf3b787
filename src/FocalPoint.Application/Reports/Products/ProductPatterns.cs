using System.Globalization;
using System.Text;
using FocalPoint.Application.Indicators;
using static FocalPoint.Application.Reports.Products.ProductDocument;

namespace FocalPoint.Application.Reports.Products;

/// <summary>The {{hotspots}} block: significant hot and cold municipalities (Gi*) and month-on-month changes, with the method.</summary>
internal static class ProductPatterns
{
    public static string Render(ProductInputs inputs)
    {
        var culture = ProductText.Culture(inputs.Language);
        var html = new StringBuilder("<div class=\"keep\">");
        html.Append($"<h3>{Encode(inputs.Word("Product_Hotspots"))}</h3>");
        if (inputs.Patterns.Hotspots.Count == 0)
        {
            html.Append($"<p>{Encode(inputs.Word("Product_Hotspots_None"))}</p>");
        }
        else
        {
            html.Append(ProductBlocks.Header(inputs, 1, "Product_Municipality", "Product_Rate", "Product_Gi", "Product_Finding"));
            foreach (var spot in inputs.Patterns.Hotspots)
            {
                html.Append($"<tr><td>{Encode(inputs.Label(Dimensions.Municipality, spot.Key))}</td><td class=\"n\">{Encode(ProductFormat.Rate(spot.Rate, inputs.Language))}</td>")
                    .Append($"<td class=\"n\">{Encode(spot.Z.ToString("+0.00;−0.00", culture))}</td><td class=\"n\">{Encode(inputs.Word($"Product_Spot_{spot.Kind}"))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append($"<h3>{Encode(inputs.Word("Product_Changes"))}</h3>");
        if (inputs.Patterns.Changes.Count == 0)
        {
            html.Append($"<p>{Encode(inputs.Word("Product_Changes_None"))}</p>");
        }
        else
        {
            html.Append(ProductBlocks.Header(inputs, 1, "Product_Month", "Product_Month_Before", "Product_This_Month", "Product_P"));
            foreach (var change in inputs.Patterns.Changes)
            {
                html.Append($"<tr><td>{Encode(ProductFormat.Month(change.Key, inputs.Language))}</td><td class=\"n\">{change.Previous}</td><td class=\"n\">{change.Current}</td>")
                    .Append($"<td class=\"n\">{Encode(change.PValue.ToString("0.000", culture))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append($"<p class=\"caption\">{Encode(inputs.Word("Product_Patterns_Method"))}</p></div>").ToString();
    }
}
