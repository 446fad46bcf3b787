using System.Globalization;
using System.Text;
using System.Text.Json;
using FocalPoint.Domain.Reference;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Flows;

/// <summary>The configured municipality boundaries and, for each reference municipality, the feature that draws it.</summary>
/// <param name="FeatureByMunicipality">Reference municipality id to the feature's <c>name</c>; municipalities without a match are absent.</param>
internal sealed record MunicipalityShapes(string GeoJson, string Attribution, IReadOnlyDictionary<int, string> FeatureByMunicipality);

/// <summary>
/// Reads the GeoJSON once per process and matches its features to the reference municipalities by name. Boundary
/// files name municipalities in their own way (OSM's "Pristina", "Han i Elezit"), so each reference row is tried by
/// its English, Albanian and Serbian names and its code, compared without case, diacritics or punctuation.
/// </summary>
internal sealed class MunicipalityShapeSource(IOptions<FlowsOptions> options)
{
    private readonly Lazy<(string Text, IReadOnlyList<string> Names)?> file = new(() => Load(options.Value.MunicipalityGeoJson));

    public MunicipalityShapes? For(IEnumerable<Municipality> municipalities)
    {
        if (file.Value is not { } loaded)
        {
            return null;
        }

        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in loaded.Names)
        {
            byKey.TryAdd(Key(name), name);
        }

        var matched = new Dictionary<int, string>();
        foreach (var m in municipalities)
        {
            if (new[] { m.NameEn, m.NameSq, m.NameSr, m.Code }.Select(Key).FirstOrDefault(byKey.ContainsKey) is { } key)
            {
                matched[m.Id] = byKey[key];
            }
        }

        return new MunicipalityShapes(loaded.Text, options.Value.MapAttribution ?? "", matched);
    }

    /// <summary>"Fushë Kosovë", "fushe-kosove" and "Municipality of Fushë Kosovë" give the same key.</summary>
    internal static string Key(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        var text = key.ToString().Replace('đ', 'd');
        return text.StartsWith("municipalityof", StringComparison.Ordinal) ? text["municipalityof".Length..] : text;
    }

    private static (string, IReadOnlyList<string>)? Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        using var document = JsonDocument.Parse(text);
        var names = new List<string>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            if (feature.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } value)
            {
                names.Add(value);
            }
        }

        return (text, names);
    }
}
