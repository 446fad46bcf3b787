namespace FocalPoint.Risk.Profiles;

/// <summary>What an indicator tests on a crossing record.</summary>
public enum IndicatorKind
{
    /// <summary>The crossing point is one of <see cref="Indicator.Values"/>.</summary>
    CrossingPoint,
    /// <summary>The direction is the one in <see cref="Indicator.Values"/> ("entry" or "exit").</summary>
    Direction,
    /// <summary>The country the journey started in is one of the values.</summary>
    OriginCountry,
    /// <summary>The plate's country is one of the values.</summary>
    PlateCountry,
    /// <summary>The vehicle type is one of the values.</summary>
    VehicleType,
    /// <summary>The declared cargo contains one of the values as a word (folded: case, script and diacritics ignored).</summary>
    CargoWord,
    /// <summary>The crossing hour lies in [<see cref="Indicator.From"/>, <see cref="Indicator.To"/>), wrapping past midnight when From &gt; To.</summary>
    TimeOfDay,
    /// <summary>The same vehicle crossed the other way earlier the same day.</summary>
    SameDayReturn,
    /// <summary>The vehicle crossed in this direction at least <see cref="Indicator.From"/> times within <see cref="Indicator.To"/> days, this one included.</summary>
    RepeatedVisits,
    /// <summary>A traveller matches a watch-listed person with at least <see cref="Indicator.MinSimilarity"/>.</summary>
    WatchListPerson,
    /// <summary>The plate matches a watch-listed vehicle with at least <see cref="Indicator.MinSimilarity"/>.</summary>
    WatchListVehicle,
}

/// <summary>
/// One indicator of a risk profile: a test on the crossing record, its weight in the profile's score, and the
/// explanation the border officer reads when it fires.
/// </summary>
/// <param name="Kind">What is tested.</param>
/// <param name="Weight">Added to the profile's score when the indicator fires; positive.</param>
/// <param name="Explanation">Why this indicator matters, shown with every hit.</param>
/// <param name="Values">Codes or words for the set-membership kinds.</param>
/// <param name="From">Start hour (time of day) or number of visits (repeated visits).</param>
/// <param name="To">End hour (time of day) or number of days (repeated visits).</param>
/// <param name="MinSimilarity">Watch-list kinds: the lowest match similarity that counts, in (0, 1].</param>
public sealed record Indicator(
    IndicatorKind Kind,
    double Weight,
    string Explanation,
    IReadOnlyList<string>? Values = null,
    int From = 0,
    int To = 0,
    double MinSimilarity = 0.9)
{
    /// <summary>A set-membership indicator (crossing point, direction, countries, vehicle type, cargo words).</summary>
    public static Indicator OneOf(IndicatorKind kind, double weight, string explanation, params string[] values) =>
        new(kind, weight, explanation, values);

    /// <summary>Crossing hour in [from, to).</summary>
    public static Indicator Hours(int from, int to, double weight, string explanation) =>
        new(IndicatorKind.TimeOfDay, weight, explanation, From: from, To: to);

    /// <summary>Same-day return.</summary>
    public static Indicator SameDay(double weight, string explanation) => new(IndicatorKind.SameDayReturn, weight, explanation);

    /// <summary>At least <paramref name="visits"/> crossings in one direction within <paramref name="days"/> days.</summary>
    public static Indicator Repeated(int visits, int days, double weight, string explanation) =>
        new(IndicatorKind.RepeatedVisits, weight, explanation, From: visits, To: days);

    /// <summary>A watch-list match of a person or a vehicle.</summary>
    public static Indicator Watch(IndicatorKind kind, double minSimilarity, double weight, string explanation) =>
        new(kind, weight, explanation, MinSimilarity: minSimilarity);

    /// <summary>Whether the kind tests a record field against <see cref="Values"/> with exactly one value per record.</summary>
    public bool IsSingleValued => Kind is IndicatorKind.CrossingPoint or IndicatorKind.Direction or IndicatorKind.OriginCountry
        or IndicatorKind.PlateCountry or IndicatorKind.VehicleType;

    /// <summary>Whether the hour (0-23) lies in the window.</summary>
    public bool CoversHour(int hour) => From <= To ? hour >= From && hour < To : hour >= From || hour < To;
}
