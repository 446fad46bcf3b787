using System.Globalization;
using FocalPoint.Application.Flows;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Web.Flows;

/// <summary>The query string of the flow endpoints; missing dates mean the last full year.</summary>
internal sealed record FlowQuery(DateOnly? From, DateOnly? To, int? FirearmTypeId, IncidentKind? Kind)
{
    public FlowFilter ToFilter(TimeProvider time)
    {
        var year = FlowFilter.LastFullYear(time);
        return new FlowFilter(From ?? year.From, To ?? year.To, FirearmTypeId, Kind);
    }

    /// <summary>Dates, a type id and a kind: nothing personal goes into the URL.</summary>
    public static string CsvUrl(FlowFilter filter)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/v1/flows/weapons.csv?from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}");
        if (filter.FirearmTypeId is { } type)
        {
            url += string.Create(CultureInfo.InvariantCulture, $"&firearmTypeId={type}");
        }

        return filter.Kind is { } kind ? $"{url}&kind={kind}" : url;
    }
}
