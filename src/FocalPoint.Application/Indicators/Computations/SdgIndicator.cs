using FocalPoint.Application.Reports.Iafq;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// SDG 16.4.2 over the scope's visible incidents, through the one computation of the IAFQ report (ADR 0010): the same
/// facts (<see cref="IafqFactQueries"/>) and the same formula (<see cref="IafqTables.Indicator"/>), only over a
/// different set of incidents.
/// </summary>
internal static class SdgIndicator
{
    public static async Task<IndicatorValue> ComputeAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var arms = await IafqFactQueries.ArmsAsync(context.Db, context.Incidents, cancellationToken, context.Scope.FirearmTypeId);
        var indicator = IafqTables.Indicator(arms);
        var parts = new List<IndicatorPart>
        {
            new(Dimensions.Part, "numerator", indicator.Numerator),
            new(Dimensions.Part, "denominator", indicator.Denominator),
        };
        foreach (var recovery in Enum.GetValues<Recovery>())
        {
            var part = IafqTables.Indicator([.. arms.Where(a => a.Recovery == recovery)]);
            parts.Add(new(Dimensions.Recovery, $"{recovery}:numerator", part.Numerator));
            parts.Add(new(Dimensions.Recovery, $"{recovery}:denominator", part.Denominator));
        }

        parts.Add(new(Dimensions.Status, "TracedNotEstablished", arms.Count(a => IafqCategories.CountsForSdg(a.Recovery, a.Context) && a.Traced && !a.Established)));
        parts.Add(new(Dimensions.Status, "NeverTraced", arms.Count(a => IafqCategories.CountsForSdg(a.Recovery, a.Context) && !a.Traced && !a.Established)));
        return new IndicatorValue(IndicatorIds.Sdg1642, indicator.Value, parts);
    }
}
