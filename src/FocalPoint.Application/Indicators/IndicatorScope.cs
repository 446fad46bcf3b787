using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Indicators;

/// <summary>
/// Which incidents an indicator counts: a period of local dates and the dashboard's filters. It maps one to one onto
/// the incident list's <see cref="IncidentFilter"/>, so a figure and the list behind it are the same set by
/// construction (both go through <see cref="ListIncidents.Apply"/>).
/// </summary>
public sealed record IndicatorScope(
    DateOnly From, DateOnly To, int? DirectorateId = null, int? MunicipalityId = null, IncidentKind? Kind = null, int? FirearmTypeId = null)
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    /// <summary>Periods longer than this are refused: a dashboard of decades answers no commander's question.</summary>
    public const int MaxDays = 3700;

    public static IndicatorScope Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static IndicatorScope Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    /// <summary>The same period a year earlier (29 February falls back to the 28th).</summary>
    public IndicatorScope YearEarlier() => this with { From = From.AddYears(-1), To = To.AddYears(-1) };

    public IncidentFilter ToIncidentFilter() => new()
    {
        From = From, To = To, Kind = Kind, DirectorateId = DirectorateId, MunicipalityId = MunicipalityId, FirearmTypeId = FirearmTypeId,
    };

    /// <summary>
    /// The query string of this scope, in the incident list's names (it binds <see cref="IncidentFilter"/> by camelCase
    /// names); the dashboard uses the same. Ids, dates and a kind only: nothing personal goes into a URL.
    /// </summary>
    public string QueryString()
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");
        query += Kind is { } kind ? $"&kind={kind}" : "";
        query += DirectorateId is { } directorate ? string.Create(CultureInfo.InvariantCulture, $"&directorateId={directorate}") : "";
        query += MunicipalityId is { } municipality ? string.Create(CultureInfo.InvariantCulture, $"&municipalityId={municipality}") : "";
        query += FirearmTypeId is { } type ? string.Create(CultureInfo.InvariantCulture, $"&firearmTypeId={type}") : "";
        return query;
    }

    /// <summary>The incident list holding exactly the incidents this scope counts.</summary>
    public string IncidentListUrl() => "/incidents?" + QueryString();

    public ValidationErrors Validate(ReferenceSnapshot reference, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (From < Earliest || From > today)
        {
            errors.Add(nameof(From), $"Must be between {Earliest:yyyy-MM-dd} and today.");
        }

        if (To < From)
        {
            errors.Add(nameof(To), "Must not be before From.");
        }
        else if (To.DayNumber - From.DayNumber > MaxDays)
        {
            errors.Add(nameof(To), $"The period may span at most {MaxDays} days.");
        }

        if (DirectorateId is { } directorate && !reference.DirectorateById.ContainsKey(directorate))
        {
            errors.Add(nameof(DirectorateId), "Unknown directorate.");
        }

        if (MunicipalityId is { } municipality && !reference.MunicipalityById.ContainsKey(municipality))
        {
            errors.Add(nameof(MunicipalityId), "Unknown municipality.");
        }

        if (FirearmTypeId is { } type && !reference.FirearmTypeById.ContainsKey(type))
        {
            errors.Add(nameof(FirearmTypeId), "Unknown firearm type.");
        }

        return errors;
    }
}
