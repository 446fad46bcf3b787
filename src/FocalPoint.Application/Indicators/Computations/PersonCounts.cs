using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Indicators.Computations.IncidentCounts;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// Persons of incidents by role, sex and age band: counts only, no person leaves the database. A person in two
/// incidents counts twice, once per incident, as AVMP counts victims and perpetrators per incident.
/// </summary>
internal static class PersonCounts
{
    public const string NotRecorded = "NotRecorded";

    /// <summary>Age bands as the AVMP reports them (19-35, 36-60, 61+), with minors apart.</summary>
    public static string AgeBand(int? age) => age switch
    {
        null or < 0 => NotRecorded,
        <= 18 => "0-18",
        <= 35 => "19-35",
        <= 60 => "36-60",
        _ => "61+",
    };

    public static async Task<IndicatorValue> PersonsAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        // Age at the incident date in whole years, computed by the engine: years apart, less one before the birthday.
        var groups = await (
            from ip in context.Db.IncidentPersons.AsNoTracking()
            join i in context.Incidents on ip.IncidentId equals i.Id
            let dob = ip.Person!.DateOfBirth
            group ip by new
            {
                ip.Role,
                ip.Person!.Sex,
                Age = dob == null
                    ? (int?)null
                    : i.OccurredOn.Year - dob.Value.Year - ((i.OccurredOn.Month * 100) + i.OccurredOn.Day < (dob.Value.Month * 100) + dob.Value.Day ? 1 : 0),
            }
            into g
            select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(groups.Select(g => (g.Key.Role.ToString(), g.Count)), Dimensions.Role));
        parts.AddRange(Sum(groups.Select(g => (g.Key.Sex.ToString(), g.Count)), Dimensions.Sex));
        parts.AddRange(Sum(groups.Select(g => (AgeBand(g.Key.Age), g.Count)), Dimensions.Age));
        return new IndicatorValue(IndicatorIds.PersonsInvolved, groups.Sum(g => g.Count), parts);
    }
}
