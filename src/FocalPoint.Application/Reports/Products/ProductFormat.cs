using System.Globalization;
using FocalPoint.Domain.Products;

namespace FocalPoint.Application.Reports.Products;

/// <summary>How figures read in a product, in its language: the same function prints the PDF and checks it in tests.</summary>
public static class ProductFormat
{
    public const string Proportion = "proportion";

    public static string Number(decimal? value, string unit, ProductLanguage language)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var culture = ProductText.Culture(language);
        if (unit == Proportion)
        {
            return (v * 100m).ToString("0.0", culture) + " %";
        }

        return v == decimal.Truncate(v) ? v.ToString("#,0", culture) : v.ToString("#,0.0", culture);
    }

    /// <summary>Change against a year earlier: relative for counts, in percentage points for proportions.</summary>
    public static string Change(decimal? now, decimal? before, string unit, ProductInputs inputs)
    {
        var culture = ProductText.Culture(inputs.Language);
        if (now is not { } n || before is not { } b)
        {
            return "–";
        }

        if (unit == Proportion)
        {
            return ((n - b) * 100m).ToString("+0.0;−0.0;0.0", culture) + " " + inputs.Word("Product_Points");
        }

        if (b == 0)
        {
            return n == 0 ? "0 %" : inputs.Word("Product_New");
        }

        return Math.Round((n - b) * 100m / b, 0, MidpointRounding.AwayFromZero).ToString("+0;−0;0", culture) + " %";
    }

    /// <summary>Incidents per 10,000 inhabitants: small numbers, two decimals.</summary>
    public static string Rate(decimal? rate, ProductLanguage language) => rate?.ToString("0.00", ProductText.Culture(language)) ?? "–";

    public static string Month(string key, ProductLanguage language)
    {
        var culture = ProductText.Culture(language);
        return DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? culture.TextInfo.ToTitleCase(month.ToString("MMM yyyy", culture))
            : key;
    }

    public static string CutOff(DateTime utc) =>
        utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
