using System.Text.Json;
using System.Text.Json.Serialization;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Indicators.Statistics;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;

namespace FocalPoint.Application.Reports.Products;

/// <summary>A municipality on the product's map: where it is and how many incidents per 10,000 inhabitants it had.</summary>
public sealed record MapPoint(string Key, double Latitude, double Longitude, int Incidents, decimal? Rate);

/// <summary>What the product says about itself: kind, period, edition, markings and the moment its figures were read.</summary>
public sealed record ProductHeader(
    ProductKind Kind, ProductLanguage Language, string Period, DateOnly From, DateOnly To, string PeriodLabel,
    int Edition, HandlingCode HandlingCode, Tlp Tlp, DateTime DataCutOffUtc, string Author);

/// <summary>
/// Everything a product is rendered from, stored with the published edition as JSON: the figures now and a year
/// earlier, the chart points, the map, the indicator definitions and Roadmap texts in force, the words of its language,
/// the template and the commentary. Rendering reads nothing else, so an edition renders the same years later, whatever
/// the registry, the catalogue or the translations have become since.
/// </summary>
public sealed record ProductInputs(
    ProductHeader Header,
    string Template,
    string Commentary,
    bool Partial,
    bool Empty,
    IReadOnlyList<IndicatorValue> Values,
    IReadOnlyList<IndicatorValue> YearEarlier,
    IReadOnlyList<IndicatorEntry> Definitions,
    IReadOnlyList<GoalEntry> Goals,
    IReadOnlyList<KpiEntry> Kpis,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<MapPoint> Map,
    PatternSet Patterns,
    IReadOnlyDictionary<string, string> Words)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public ProductLanguage Language => Header.Language;

    public IndicatorValue? Value(string id) => Values.FirstOrDefault(v => v.Id == id);

    public IndicatorValue? Earlier(string id) => YearEarlier.FirstOrDefault(v => v.Id == id);

    /// <summary>A word of the product's language, as stored with it; the key itself when there is none.</summary>
    public string Word(string key) => Words.TryGetValue(key, out var text) ? text : key;

    /// <summary>The label of a breakdown key (a kind, a municipality, a month): the stored word, else the key.</summary>
    public string Label(string dimension, string key) => Words.TryGetValue($"{dimension}:{key}", out var text) ? text : key;

    public string Name(string indicatorId) =>
        Definitions.FirstOrDefault(d => d.Id == indicatorId) is { } d ? Pick(d.NameEn, d.NameSq, d.NameSr) : indicatorId;

    /// <summary>An indicator's definition in the product's language (English in editions made before translations).</summary>
    public string Definition(IndicatorEntry d) => Pick(d.Definition, d.DefinitionSq ?? d.Definition, d.DefinitionSr ?? d.Definition);

    /// <summary>An indicator's source in the product's language (English in editions made before translations).</summary>
    public string Source(IndicatorEntry d) => Pick(d.Source, d.SourceSq ?? d.Source, d.SourceSr ?? d.Source);

    /// <summary>The one of three stored texts that is in the product's language.</summary>
    public string Pick(string en, string sq, string sr) => Language switch
    {
        ProductLanguage.Sq => sq,
        ProductLanguage.Sr => sr,
        _ => en,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ProductInputs FromJson(string json) => JsonSerializer.Deserialize<ProductInputs>(json, Json)
        ?? throw new InvalidDataException("The stored product inputs are empty.");
}
