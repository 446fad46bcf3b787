using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>The registry figures an assessment's inputs can be suggested from.</summary>
public enum SuggestionFigure
{
    /// <summary>Detections at the crossing point (or in the section's municipality): this year against the year before.</summary>
    TrendOfDetections,
    /// <summary>Seizures, detections and trafficking attempts in the municipality around the subject.</summary>
    SeizuresNearTheBorder,
    /// <summary>Screening hits checked at the crossing point that found something, per 1,000 checked.</summary>
    DetectionsPer1000Checked,
    /// <summary>Crossings screened at the crossing point.</summary>
    TrafficVolume,
}

/// <summary>
/// One suggestion: the CIRAM input it informs, the figure for the subject, the figure it is measured against (the
/// previous period for a trend, the highest crossing point otherwise), the suggested value on the scale (null when
/// there is no data) and the SQL that produced the figure, so that anyone can re-run it.
/// </summary>
public sealed record InputSuggestion(string Input, SuggestionFigure Figure, double Value, double Reference, int? Suggested, DateOnly From, DateOnly To, string Query);

/// <summary>What to suggest for: the subject and the scale.</summary>
public sealed record SuggestionRequest(AssessmentSubject Subject, int? CrossingPointId, int? MunicipalityId, int ScaleMax);

/// <summary>
/// Suggests threat and vulnerability inputs from the registry and from screening, over the twelve months up to the
/// latest incident the user can see (demo and archive data end before today). Counts go through need-to-know like
/// every other count. Impact is never suggested: it is a judgement on consequences. Routes and commodities have no
/// place in the registry to count at, so they get no suggestion.
/// </summary>
public sealed class SuggestAssessmentInputs(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    private static readonly IncidentKind[] BorderKinds = [IncidentKind.Seizure, IncidentKind.CrossingPointDetection, IncidentKind.TraffickingAttempt];

    public async Task<IReadOnlyList<InputSuggestion>?> HandleAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAnalysis)) return null;
        var scaleMax = Math.Clamp(request.ScaleMax, AssessmentScoring.MinScaleMax, AssessmentScoring.MaxScaleMax);
        var visible = db.Incidents.AsNoTracking().VisibleTo(access, db);

        int? municipality = request.Subject switch
        {
            AssessmentSubject.CrossingPoint when request.CrossingPointId is { } cp =>
                await db.CrossingPoints.Where(c => c.Id == cp).Select(c => (int?)c.MunicipalityId).FirstOrDefaultAsync(cancellationToken),
            AssessmentSubject.GreenBorderSection => request.MunicipalityId,
            _ => null,
        };
        if (municipality is null) return [];

        var lastDay = await visible.MaxAsync(i => (DateOnly?)i.OccurredOn, cancellationToken) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = lastDay.AddYears(-1).AddDays(1);
        var previousFrom = from.AddYears(-1);
        var suggestions = new List<InputSuggestion>();

        // Likelihood: is the phenomenon growing where the subject is?
        var atSubject = request.Subject == AssessmentSubject.CrossingPoint
            ? visible.Where(i => i.CrossingPointId == request.CrossingPointId)
            : visible.Where(i => i.MunicipalityId == municipality && BorderKinds.Contains(i.Kind));
        var trend = atSubject.Where(i => i.OccurredOn >= previousFrom && i.OccurredOn <= lastDay)
            .GroupBy(i => i.OccurredOn >= from).Select(g => new { Current = g.Key, Count = g.Count() });
        var periods = await trend.ToListAsync(cancellationToken);
        var current = periods.Where(p => p.Current).Sum(p => p.Count);
        var previous = periods.Where(p => !p.Current).Sum(p => p.Count);
        suggestions.Add(new("Likelihood", SuggestionFigure.TrendOfDetections, current, previous,
            current + previous == 0 ? null : TrendValue(current, previous, scaleMax), from, lastDay, trend.ToQueryString()));

        // Magnitude: how much crosses here, against the busiest border municipality.
        var nearBorder = visible.Where(i => BorderKinds.Contains(i.Kind) && i.OccurredOn >= from && i.OccurredOn <= lastDay
                && i.MunicipalityId != null && db.CrossingPoints.Any(c => c.MunicipalityId == i.MunicipalityId))
            .GroupBy(i => i.MunicipalityId).Select(g => new { Municipality = g.Key, Count = g.Count() });
        var byMunicipality = await nearBorder.ToListAsync(cancellationToken);
        var here = byMunicipality.Where(m => m.Municipality == municipality).Sum(m => m.Count);
        var most = byMunicipality.Select(m => m.Count).DefaultIfEmpty(0).Max();
        suggestions.Add(new("Magnitude", SuggestionFigure.SeizuresNearTheBorder, here, most,
            most == 0 ? null : ShareValue(here, most, scaleMax), from, lastDay, nearBorder.ToQueryString()));

        if (request.Subject == AssessmentSubject.CrossingPoint)
            await AddScreeningFiguresAsync(request.CrossingPointId!.Value, scaleMax, suggestions, cancellationToken);
        return suggestions;
    }

    // Vulnerability: what the checks find, and how much traffic they have to cover, against the other crossing points.
    private async Task AddScreeningFiguresAsync(int crossingPointId, int scaleMax, List<InputSuggestion> suggestions, CancellationToken cancellationToken)
    {
        var code = await db.CrossingPoints.Where(c => c.Id == crossingPointId).Select(c => c.Code).FirstAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-365);
        var checks = db.ScreeningHits.AsNoTracking()
            .Where(h => h.CrossedAtUtc >= since && (h.Outcome == HitOutcome.Found || h.Outcome == HitOutcome.NotFound))
            .GroupBy(h => h.CrossingPoint)
            .Select(g => new { Point = g.Key, Checked = g.Count(), Found = g.Count(h => h.Outcome == HitOutcome.Found) });
        var perPoint = await checks.ToListAsync(cancellationToken);
        var rates = perPoint.ToDictionary(p => p.Point, p => p.Checked == 0 ? 0 : 1000.0 * p.Found / p.Checked, StringComparer.Ordinal);
        var rate = rates.GetValueOrDefault(code);
        var topRate = rates.Values.DefaultIfEmpty(0).Max();
        var period = (DateOnly.FromDateTime(since), DateOnly.FromDateTime(now));
        suggestions.Add(new("Vulnerability", SuggestionFigure.DetectionsPer1000Checked, Math.Round(rate, 1), Math.Round(topRate, 1),
            rates.ContainsKey(code) && topRate > 0 ? ShareValue(rate, topRate, scaleMax) : null, period.Item1, period.Item2, checks.ToQueryString()));

        var traffic = db.ScreeningRunPoints.AsNoTracking().Where(p => p.StartedAtUtc >= since)
            .GroupBy(p => p.CrossingPoint).Select(g => new { Point = g.Key, Records = g.Sum(p => p.Records) });
        var volumes = await traffic.ToListAsync(cancellationToken);
        var volume = volumes.Where(v => v.Point == code).Sum(v => v.Records);
        var busiest = volumes.Select(v => v.Records).DefaultIfEmpty(0).Max();
        suggestions.Add(new("Vulnerability", SuggestionFigure.TrafficVolume, volume, busiest,
            busiest == 0 ? null : ShareValue(volume, busiest, scaleMax), period.Item1, period.Item2, traffic.ToQueryString()));
    }

    /// <summary>The middle of the scale for a steady count, the top for doubling or more, the bottom for halving or less.</summary>
    public static int TrendValue(int current, int previous, int scaleMax)
    {
        var change = previous == 0 ? 1.0 : Math.Clamp((current - previous) / (double)previous, -0.5, 1.0);
        var position = change < 0 ? 0.5 + change : 0.5 + change / 2;
        return 1 + (int)Math.Round(position * (scaleMax - 1), MidpointRounding.AwayFromZero);
    }

    /// <summary>The figure's share of the highest, on the scale: the highest gets the top, nothing gets the bottom.</summary>
    public static int ShareValue(double value, double highest, int scaleMax) =>
        Math.Clamp((int)Math.Ceiling(value / highest * scaleMax), 1, scaleMax);
}
