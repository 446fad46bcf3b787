using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// Trace requests sent in the period about arms of the incidents in scope (whenever those were recovered), their
/// outcome as it stands now, and the days to a first answer. A late answer changes the figures of the month the
/// request was sent: that is the revision the products show.
/// </summary>
internal static class TraceTimes
{
    public static async Task<IReadOnlyList<IndicatorValue>> TracesAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var (from, to) = (context.Scope.From, context.Scope.To);
        var incidentIds = context.Undated.Select(i => i.Id);
        var requests = await context.Db.TraceRequests.AsNoTracking()
            .Where(t => t.Status != TraceStatus.Draft && t.SentOn != null && t.SentOn >= from && t.SentOn <= to)
            .Where(t => context.Db.Firearms.Any(f => f.Id == t.FirearmId && incidentIds.Contains(f.IncidentId)))
            .Select(t => new { t.Status, t.SentOn, FirstAnswer = t.Results.Min(r => (DateOnly?)r.ReceivedOn) })
            .ToListAsync(cancellationToken);

        var answered = requests.Where(r => r.FirstAnswer is not null || r.Status == TraceStatus.Answered).ToList();
        var noResponse = requests.Count(r => r.FirstAnswer is null && r.Status == TraceStatus.Failed);
        var pending = requests.Count(r => r.FirstAnswer is null && r.Status is TraceStatus.Sent or TraceStatus.Acknowledged);
        var closed = requests.Count - answered.Count - noResponse - pending;
        var sent = new IndicatorValue(IndicatorIds.TraceRequests, requests.Count,
        [
            new(Dimensions.Status, "Answered", answered.Count),
            new(Dimensions.Status, "Pending", pending),
            new(Dimensions.Status, "NoResponse", noResponse),
            new(Dimensions.Status, "ClosedUnanswered", closed),
        ]);
        var days = answered.Where(r => r.FirstAnswer is not null).Select(r => r.FirstAnswer!.Value.DayNumber - r.SentOn!.Value.DayNumber).ToList();
        var time = new IndicatorValue(IndicatorIds.TraceTimeToAnswer, Median.Of(days), [new(Dimensions.Part, "answered", days.Count)]);
        return [sent, time];
    }
}
