using System.Globalization;
using FocalPoint.Application.Cyber.Work;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Training.Figures;
using FocalPoint.Domain.Parties;
using static FocalPoint.Application.Indicators.Computations.IncidentCounts;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// The programme's figures beside the registry's: officials trained (by sex, as the Roadmap asks) and cyber incidents
/// reported, each read by its own module's one computation (<see cref="TrainingFigures"/>, <see cref="CyberFigures"/>)
/// over the scope's period. They are national counts without places, kinds or weapons: under any of the dashboard's
/// other filters they have no value rather than a figure that ignores the filter.
/// </summary>
internal static class ProgrammeFigures
{
    public static bool Applies(IndicatorScope scope) => scope is { DirectorateId: null, MunicipalityId: null, Kind: null, FirearmTypeId: null };

    /// <summary>Persons trained in courses that started in the period, once each, by sex ("NotRecorded" kept) and topic.</summary>
    public static async Task<IndicatorValue> TrainedAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var figures = await TrainingFigures.CountAsync(
            context.Db, new TrainingFilter(context.Scope.From, context.Scope.To, Cut: TrainingCut.Topic), cancellationToken);
        var persons = figures.Persons;
        var parts = new List<IndicatorPart>
        {
            new(Dimensions.Sex, nameof(Sex.Female), persons.Female),
            new(Dimensions.Sex, nameof(Sex.Male), persons.Male),
            new(Dimensions.Sex, nameof(Sex.NotRecorded), persons.NotRecorded),
        };
        parts.AddRange(figures.Rows.Select(r => new IndicatorPart(Dimensions.Topic, r.Key, r.Persons.Total)));
        return new IndicatorValue(IndicatorIds.OfficialsTrained, persons.Total, parts);
    }

    /// <summary>Cyber incidents detected in the period (Kosovo local dates), by sector, type and month.</summary>
    public static async Task<IndicatorValue> CyberAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var from = KosovoTime.ToUtc(context.Scope.From.ToDateTime(TimeOnly.MinValue));
        var to = KosovoTime.ToUtc(context.Scope.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var rows = await CyberFigures.RowsAsync(context.Db, from, to, cancellationToken);
        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(rows.Select(r => (r.Sector.ToString(), 1)), Dimensions.Sector));
        parts.AddRange(Sum(rows.Select(r => (r.Type.ToString(), 1)), Dimensions.CyberType));
        parts.AddRange(Sum(rows.Select(r => (KosovoTime.ToLocal(r.DetectedAtUtc).ToString("yyyy-MM", CultureInfo.InvariantCulture), 1)), Dimensions.Month));
        return new IndicatorValue(IndicatorIds.CyberIncidents, rows.Count, parts);
    }
}
