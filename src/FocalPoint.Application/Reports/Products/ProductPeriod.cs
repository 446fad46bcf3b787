using System.Globalization;
using System.Text.RegularExpressions;
using FocalPoint.Application.Indicators;
using FocalPoint.Domain.Products;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// The period a product covers, as the analyst writes it: a month (2024-03) or a quarter (2024-Q1) for the bulletin,
/// a year (2024) for the Roadmap report. Only whole past periods: a bulletin of a month still running would be revised
/// by every day that follows.
/// </summary>
public sealed partial record ProductPeriod(string Text, DateOnly From, DateOnly To)
{
    public IndicatorScope Scope => new(From, To);

    public static ProductPeriod? Parse(string? text, ProductKind kind)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < IndicatorScope.Earliest.Year)
        {
            return null;
        }

        var normalised = match.Value.ToUpperInvariant();
        if (kind == ProductKind.Roadmap)
        {
            return match.Groups["month"].Success || match.Groups["quarter"].Success ? null : new(normalised, new(year, 1, 1), new(year, 12, 31));
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is < 1 or > 12 ? null : new(normalised, new(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
        }

        if (match.Groups["quarter"].Success)
        {
            var first = ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1;
            return new(normalised, new(year, first, 1), new DateOnly(year, first, 1).AddMonths(3).AddDays(-1));
        }

        return null;
    }

    /// <summary>The same period a year earlier, which the product compares against.</summary>
    public IndicatorScope YearEarlier => Scope.YearEarlier();

    /// <summary>How the period reads in the product: "March 2024", "Q1 2024", "2024".</summary>
    public string Label(ProductLanguage language)
    {
        var culture = ProductText.Culture(language);
        if (Text.Length == 4)
        {
            return Text;
        }

        return Text.Contains('Q', StringComparison.Ordinal)
            ? ProductText.Format("Product_Quarter", language, Text[^1], From.Year)
            : culture.TextInfo.ToTitleCase(From.ToString("MMMM yyyy", culture));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{2})|-[Qq](?<quarter>[1-4]))?$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Pattern();
}
