using FocalPoint.Application.Indicators;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Web.Indicators;

/// <summary>The query string of the indicator endpoints and the dashboard (camelCase, as the incident list's); missing
/// dates mean the last full year.</summary>
internal sealed record IndicatorQuery(DateOnly? From, DateOnly? To, int? DirectorateId, int? MunicipalityId, IncidentKind? Kind, int? FirearmTypeId)
{
    public IndicatorScope ToScope(TimeProvider time)
    {
        var year = IndicatorScope.Year(time.GetUtcNow().Year - 1);
        return new IndicatorScope(From ?? year.From, To ?? year.To, DirectorateId, MunicipalityId, Kind, FirearmTypeId);
    }
}
