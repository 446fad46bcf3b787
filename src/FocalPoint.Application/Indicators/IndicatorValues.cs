namespace FocalPoint.Application.Indicators;

/// <summary>The stable ids of the computed indicators, as the seeded catalogue (indicators.csv) names them.</summary>
public static class IndicatorIds
{
    public const string Incidents = "INCIDENTS";
    public const string FirearmsRecovered = "FIREARMS_RECOVERED";
    public const string AmmunitionRecovered = "AMMUNITION_RECOVERED";
    public const string ExplosivesRecovered = "EXPLOSIVES_RECOVERED";
    public const string PersonsInvolved = "PERSONS_INVOLVED";
    public const string MisuseIllegalShare = "MISUSE_ILLEGAL_SHARE";
    public const string ConvertedPrivatelyMade = "CONVERTED_PRIVATELY_MADE";
    public const string TraceRequests = "TRACE_REQUESTS";
    public const string TraceTimeToAnswer = "TRACE_TIME_TO_ANSWER";
    public const string TimeToCrime = "TIME_TO_CRIME";
    public const string CasesOpened = "CASES_OPENED";
    public const string CasesClosed = "CASES_CLOSED";
    public const string CaseTimeToClose = "CASE_TIME_TO_CLOSE";
    public const string Sdg1642 = "SDG_16_4_2";
    public const string OfficialsTrained = "OFFICIALS_TRAINED";
    public const string CyberIncidents = "CYBER_INCIDENTS";
}

/// <summary>The dimensions values are broken down by; keys are ids, enum names or yyyy-MM months, never display text.</summary>
public static class Dimensions
{
    public const string Kind = "kind";
    public const string Directorate = "directorate";
    public const string Municipality = "municipality";
    public const string Month = "month";
    public const string Recovery = "recovery";
    public const string Type = "type";
    public const string Explosive = "explosive";
    public const string Role = "role";
    public const string Sex = "sex";
    public const string Age = "age";
    public const string Status = "status";
    public const string Conversion = "conversion";
    public const string Topic = "topic";
    public const string Sector = "sector";
    public const string CyberType = "cybertype";

    /// <summary>Numerator and denominator of a proportion, so a reader can re-add them (SDG aggregation rule).</summary>
    public const string Part = "part";
}

/// <summary>One cell of a breakdown.</summary>
public sealed record IndicatorPart(string Dimension, string Key, decimal Value);

/// <summary>An indicator's value over a scope; null when there is nothing to compute it over (a median of no cases).</summary>
public sealed record IndicatorValue(string Id, decimal? Value, IReadOnlyList<IndicatorPart> Parts)
{
    public decimal Part(string dimension, string key) =>
        Parts.Where(p => p.Dimension == dimension && p.Key == key).Sum(p => p.Value);

    public IEnumerable<IndicatorPart> By(string dimension) => Parts.Where(p => p.Dimension == dimension);
}

/// <summary>Every indicator over one scope, for one user.</summary>
/// <param name="Partial">The user cannot see every incident of the scope: the figures count only those they can.</param>
/// <param name="Empty">No incident the user may see falls in the scope: show an empty state, not zeros.</param>
public sealed record IndicatorSet(IndicatorScope Scope, bool Partial, bool Empty, IReadOnlyList<IndicatorValue> Values)
{
    public IndicatorValue this[string id] => Values.Single(v => v.Id == id);
}
