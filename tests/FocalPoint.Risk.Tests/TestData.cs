using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;

namespace FocalPoint.Risk.Tests;

internal static class TestData
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static CrossingRecord Crossing(string id, string time = "2026-03-01T10:00:00Z", string point = "KS-MRD", Direction direction = Direction.Entry,
        string plate = "01123AB", string plateCountry = "RKS", string vehicle = "car", string origin = "ALB", string cargo = "",
        params CrossingPerson[] persons) =>
        new(id, DateTime.Parse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            point, direction, plate, plateCountry, vehicle, origin, cargo, persons);

    public static RiskProfile Profile(string id, double threshold, params Indicator[] indicators) =>
        new(id, 1, "Profile " + id, threshold, indicators, Today.AddDays(-30), Today.AddDays(30));
}
