using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Profiles;

namespace FocalPoint.Application.Risk.Profiles;

/// <summary>A stored profile version as the screening engine reads it.</summary>
internal static class RiskProfileMapping
{
    public static RiskProfile ToEngine(this RiskProfileVersion v) =>
        new(v.ProfileKey, v.Number, v.Name, v.Threshold, ProfileJson.ReadIndicators(v.IndicatorsJson), v.ValidFrom, v.ValidTo);
}
