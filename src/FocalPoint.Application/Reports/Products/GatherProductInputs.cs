using System.Globalization;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Products;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Reports.Products;

/// <summary>What an analyst asks for: which product, for which period, in which language, marked how, with what commentary.</summary>
public sealed record ProductRequest(
    ProductKind Kind, string Period, ProductLanguage Language, HandlingCode HandlingCode = HandlingCode.H1, Tlp Tlp = Tlp.Green, string Commentary = "");

/// <summary>
/// Reads everything a product shows, once, under the user's need-to-know (the figures are the dashboard's, through
/// <see cref="ComputeIndicators"/>): every indicator for the period and a year earlier, the dashboard's charts, the map,
/// the catalogue, and the words of the language. The result is the product's stored input.
/// </summary>
public sealed class GatherProductInputs(ComputeIndicators compute, GetIndicatorCatalogue catalogue, ReferenceCache referenceCache, TimeProvider time)
{
    internal async Task<ProductInputs> HandleAsync(
        ProductRequest request, ProductPeriod period, string template, int edition, UserAccess access, CancellationToken cancellationToken)
    {
        var cutOff = time.GetUtcNow().UtcDateTime;
        var current = await compute.ComputeAsync(period.Scope, access, only: null, cancellationToken);
        var earlier = await compute.ComputeAsync(period.YearEarlier, access, only: null, cancellationToken);
        var reference = await referenceCache.GetAsync(cancellationToken);
        var stored = await catalogue.HandleAsync(cancellationToken);
        var charts = DashboardCharts.All.Select(id => BuildDashboard.Chart(id, current, earlier, reference)).ToList();
        var header = new ProductHeader(
            request.Kind, request.Language, period.Text, period.From, period.To, period.Label(request.Language), edition,
            request.HandlingCode, request.Tlp, cutOff, access.UserName);
        var map = charts.Single(c => c.Id == DashboardCharts.Municipalities).Points
            .Select(p => (Point: p, Municipality: reference.MunicipalityById[int.Parse(p.Key, CultureInfo.InvariantCulture)]))
            .Select(x => new MapPoint(x.Point.Key, x.Municipality.Latitude, x.Municipality.Longitude, x.Point.Value, x.Point.Rate))
            .ToList();
        return new ProductInputs(
            header, template, request.Commentary.Trim(), current.Partial, current.Empty, current.Values, earlier.Values,
            stored.Indicators, stored.Goals, stored.Kpis, charts, map,
            Indicators.Statistics.Patterns.Find(charts),
            Words(request.Language, reference));
    }

    /// <summary>Every word the renderer may need, in the product's language, stored with the edition.</summary>
    private static Dictionary<string, string> Words(ProductLanguage language, ReferenceSnapshot reference)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in ProductText.Keys.Where(k => k.StartsWith("Product_", StringComparison.Ordinal) || k.StartsWith("Dash_Chart_", StringComparison.Ordinal)))
        {
            words[key] = ProductText.Get(key, language);
        }

        void Enum<T>(string dimension)
            where T : struct, System.Enum
        {
            foreach (var value in System.Enum.GetValues<T>())
            {
                var key = $"{typeof(T).Name}_{value}";
                if (ProductText.Has(key))
                {
                    words[$"{dimension}:{value}"] = ProductText.Get(key, language);
                }
            }
        }

        foreach (var recovery in System.Enum.GetValues<Reports.Iafq.Recovery>())
        {
            words[$"{Dimensions.Recovery}:{recovery}"] = ProductText.Get($"Iafq_Col_{recovery}", language);
        }

        Enum<IncidentKind>(Dimensions.Kind);
        Enum<Sex>(Dimensions.Sex);
        Enum<PersonRole>(Dimensions.Role);
        Enum<ExplosiveKind>(Dimensions.Explosive);
        Enum<TraceStatus>(Dimensions.Status);
        foreach (var d in reference.Directorates)
        {
            words[$"{Dimensions.Directorate}:{d.Id.ToString(CultureInfo.InvariantCulture)}"] = ProductText.Name(d, language);
        }

        foreach (var m in reference.Municipalities)
        {
            words[$"{Dimensions.Municipality}:{m.Id.ToString(CultureInfo.InvariantCulture)}"] = ProductText.Name(m, language);
        }

        foreach (var t in reference.FirearmTypes)
        {
            words[$"{Dimensions.Type}:{t.Id.ToString(CultureInfo.InvariantCulture)}"] = ProductText.Name(t, language);
        }

        return words;
    }
}
