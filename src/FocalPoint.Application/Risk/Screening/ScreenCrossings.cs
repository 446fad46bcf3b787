using System.Globalization;
using FocalPoint.Application.Risk.Profiles;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Screening;
using FocalPoint.Risk.WatchList;
using Microsoft.EntityFrameworkCore;
using DomainHit = FocalPoint.Domain.Risk.ScreeningHit;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>What a screening run did, naming the profile versions it used and those it skipped with the reason.</summary>
public sealed record ScreeningRunResult(string RunId, ScreeningSummary Summary);

/// <summary>
/// Screens crossing records against the approved profiles valid today (fixed when the run starts: a profile approved
/// meanwhile waits for the next run) and the given watch-list, and queues the hits at their crossing points.
/// </summary>
public sealed class ScreenCrossings(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<ScreeningRunResult?> HandleAsync(IEnumerable<CrossingRecord> records, IReadOnlyList<WatchEntry> watchList, double controlRate = 0.005,
        Action<FocalPoint.Risk.Screening.ScreeningHit>? onHit = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAnalysis) && !access.Holds(Capabilities.BorderScreening)) return null;
        var now = time.GetUtcNow().UtcDateTime;
        var versions = await db.RiskProfiles.AsNoTracking().Where(p => p.Status == ProfileStatus.Approved).ToListAsync(cancellationToken);
        var plan = ScreeningPlan.Build(versions.Select(v => v.ToEngine()), DateOnly.FromDateTime(now));
        var ids = versions.ToDictionary(v => (v.ProfileKey, v.Number), v => v.Id);
        var runId = Guid.NewGuid().ToString("N");
        var hits = new List<DomainHit>();
        // Traffic per crossing point, counted as the records stream past (assessments are offered it as volume).
        var perPoint = new Dictionary<string, long>(StringComparer.Ordinal);
        var counted = records.Select(r =>
        {
            lock (perPoint) perPoint[r.CrossingPoint] = perPoint.GetValueOrDefault(r.CrossingPoint) + 1;
            return r;
        });
        var summary = ScreeningRun.Run(counted, plan, watchList.Count == 0 ? null : new WatchListIndex(watchList),
            new ScreeningOptions(controlRate, ControlSeed: (ulong)now.Ticks), hit =>
            {
                hits.Add(ToEntity(runId, hit, ids));
                onHit?.Invoke(hit);
            });

        db.ScreeningHits.AddRange(hits);
        db.ScreeningRuns.Add(new ScreeningRunRecord
        {
            Id = runId, StartedAtUtc = now, StartedBy = access.UserName, Records = summary.Records, RiskHits = summary.RiskHits,
            ControlChecks = summary.ControlChecks, ProfileVersions = string.Join(", ", summary.Profiles.Select(p => $"{p.Id}/v{p.Version}")),
        });
        db.ScreeningRunPoints.AddRange(perPoint.Select(p => new ScreeningRunPoint { RunId = runId, CrossingPoint = p.Key, StartedAtUtc = now, Records = p.Value }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "ScreeningRun", [$"ScreeningRun/{runId}"],
            Detail: string.Create(CultureInfo.InvariantCulture, $"{summary.Records} crossings screened, {summary.RiskHits} hits")), cancellationToken);
        return new ScreeningRunResult(runId, summary);
    }

    private static DomainHit ToEntity(string runId, FocalPoint.Risk.Screening.ScreeningHit hit, Dictionary<(string, int), long> ids)
    {
        var r = hit.Record;
        return new DomainHit
        {
            RunId = runId, CrossingId = r.Id, CrossingPoint = r.CrossingPoint, CrossedAtUtc = r.Time,
            Direction = r.Direction == Direction.Entry ? "entry" : "exit", Plate = r.Plate, RiskHit = hit.IsRiskHit, ControlCheck = hit.ControlCheck,
            WatchMatches = Clip(string.Join("\n", hit.WatchLines())),
            Reasons = Clip(string.Join("\n", hit.ReasonLines())),
            Profiles = [.. hit.Profiles.Select(p => new ScreeningHitProfile { ProfileVersionId = ids[(p.ProfileId, p.Version)], Score = p.Score })],
        };
    }

    private static string Clip(string text) => text.Length <= DomainHit.MaxTextLength ? text : text[..DomainHit.MaxTextLength];
}
