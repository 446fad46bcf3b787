using System.Globalization;
using System.Text.RegularExpressions;
using FocalPoint.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Entities;

/// <summary>
/// Words the linkage engine's comparison names ("given_name") and level codes ("jaro-winkler &gt;= 0.92",
/// "within 365 days") in the reader's language. Names and levels that a custom settings file introduces and the
/// resource table does not know are shown as they are.
/// </summary>
internal static partial class LinkageText
{
    public static string Comparison(this IStringLocalizer<SharedResource> l, string name)
    {
        var text = l[$"Comparison_{Key(name)}"];
        return text.ResourceNotFound ? name : text.Value;
    }

    public static string Level(this IStringLocalizer<SharedResource> l, string level)
    {
        var match = LevelPattern().Match(level);
        if (!match.Success)
        {
            return level;
        }

        var code = Key(match.Groups["code"].Value);
        var text = match.Groups["n"].Success
            ? l[$"Level_{code}", double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)]
            : l[$"Level_{code}"];
        return text.ResourceNotFound ? level : text.Value;
    }

    /// <summary>A record field's value as the page shows it: enum names and ISO dates in the reader's words.</summary>
    public static string? FieldValue(this IStringLocalizer<SharedResource> l, string label, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return label switch
        {
            "Sex" => Enum(l, "Sex", value),
            "Legal_Status" => Enum(l, "FirearmLegalStatus", value),
            "Date_Of_Birth" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString("d", CultureInfo.CurrentCulture),
            _ => value,
        };
    }

    private static string Enum(IStringLocalizer<SharedResource> l, string type, string value) =>
        l[$"{type}_{value}"] is { ResourceNotFound: false } text ? text.Value : value;

    private static string Key(string name) => NonWord().Replace(name.Trim().ToLowerInvariant(), "_");

    [GeneratedRegex(@"^(?<code>[a-z/ -]+?)(?: (?:>=|<=) (?<n>[0-9.]+))?(?: (?<n>[0-9.]+) days)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
