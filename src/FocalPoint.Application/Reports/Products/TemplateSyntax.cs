using System.Text.RegularExpressions;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;

namespace FocalPoint.Application.Reports.Products;

/// <summary>One placeholder of a template, e.g. {{value:FIREARMS_RECOVERED}}: its name and what follows the colon.</summary>
public sealed record Placeholder(string Text, string Name, string Argument);

/// <summary>
/// The template language: lines starting "# " or "## " are headings, blank lines separate paragraphs, and
/// placeholders in double braces stand for figures, tables, charts and the map. Kept small on purpose: an analyst
/// writes it in a text box, and every placeholder it knows is listed here and in the editor's help.
/// </summary>
public static partial class TemplateSyntax
{
    /// <summary>Placeholders that stand for text inside a sentence.</summary>
    public static readonly IReadOnlySet<string> Inline = new HashSet<string>(StringComparer.Ordinal)
    {
        "period", "cutoff", "handling", "tlp", "edition", "value", "earlier", "change",
    };

    /// <summary>Placeholders that stand for a block on a line of their own.</summary>
    public static readonly IReadOnlySet<string> Blocks = new HashSet<string>(StringComparer.Ordinal)
    {
        "commentary", "partial", "figures", "kpis", "breakdown", "chart", "map", "definitions", "hotspots",
    };

    private static readonly IReadOnlySet<string> WithIndicator = new HashSet<string>(StringComparer.Ordinal) { "value", "earlier", "change", "breakdown" };

    private static readonly IReadOnlySet<string> IndicatorIdSet = typeof(IndicatorIds).GetFields()
        .Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> DimensionSet = typeof(Dimensions).GetFields()
        .Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<Placeholder> Placeholders(string body) =>
        Braces().Matches(body).Select(m =>
        {
            var inner = m.Groups[1].Value.Trim();
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? new Placeholder(m.Value, inner, "") : new Placeholder(m.Value, inner[..colon], inner[(colon + 1)..]);
        });

    /// <summary>The placeholders of a template that FocalPoint cannot fill, as written (empty when all are known).</summary>
    public static IReadOnlyList<string> Unknown(string body) =>
        [.. Placeholders(body).Where(p => !Known(p)).Select(p => p.Text).Distinct(StringComparer.Ordinal)];

    private static bool Known(Placeholder p)
    {
        if (WithIndicator.Contains(p.Name))
        {
            var parts = p.Argument.Split(':');
            return p.Name == "breakdown"
                ? parts.Length == 2 && IndicatorIdSet.Contains(parts[0]) && DimensionSet.Contains(parts[1])
                : parts.Length == 1 && IndicatorIdSet.Contains(parts[0]);
        }

        if (p.Name == "chart")
        {
            return DashboardCharts.All.Contains(p.Argument);
        }

        return (Inline.Contains(p.Name) || Blocks.Contains(p.Name)) && p.Argument.Length == 0;
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline, 500)]
    private static partial Regex Braces();
}
