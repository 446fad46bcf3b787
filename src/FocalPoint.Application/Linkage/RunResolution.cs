using System.Diagnostics;
using FocalPoint.Application.Common;
using FocalPoint.Application.Jobs;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Linkage;

/// <summary>Where a run is: a stage name (Loading, Comparing, Saving, Done) and a rough percentage.</summary>
public sealed record ResolutionProgress(string Stage, int Percent);

public sealed record ResolutionSummary(
    long RunId, ResolvedKind Kind, bool Incremental, int Records, int NewRecords, int EntitiesCreated, int RecordsJoined, int PairsQueued,
    long CandidatePairs, double Seconds);

/// <summary>
/// Resolves every person or firearm record into entities. The first run deduplicates everything; later runs link only
/// the records that have no entity yet against the existing entities, so entity ids never change and a re-run with
/// nothing new changes nothing. Reviewers' labels train the model and bind the run (a rejected pair is never joined).
/// Pairs in the band of doubt that ended in different entities are queued for review. All-or-nothing: a cancelled
/// or failed run leaves the stored entities as they were.
/// </summary>
public sealed class RunResolution(
    FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time, IOptions<ResolutionOptions> options, LeasedWork leases)
{
    /// <summary>
    /// One run at a time across every node sharing the database (a lease, ADR 0024): two runs would race for the same
    /// new records. Persons and firearms share it, as they shared the per-process lock before.
    /// </summary>
    public const string LeaseName = "resolution";

    public async Task<CommandResult<ResolutionSummary>> HandleAsync(
        ResolvedKind kind, IProgress<ResolutionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!ResolutionAccess.MayChange(access, kind))
        {
            return CommandResult<ResolutionSummary>.Missing();
        }

        try
        {
            var settings = options.Value.SettingsFor(kind);
            var (acquired, summary) = await leases.RunAsync(LeaseName,
                (lease, ct) => RunAsync(kind, settings, lease, progress ?? new Progress<ResolutionProgress>(), ct), cancellationToken);
            if (!acquired || summary is null)
            {
                return CommandResult<ResolutionSummary>.Conflicted();
            }

            await audit.RecordAsync(new AuditEvent(AuditAction.Combine, kind.ToString(), [$"ResolutionRun/{summary.RunId}"],
                Detail: $"{summary.Records} records, {summary.NewRecords} new, {summary.EntitiesCreated} entities created, {summary.PairsQueued} pairs queued"), cancellationToken);
            return CommandResult<ResolutionSummary>.Ok(summary);
        }
        catch (LinkageException e)
        {
            var errors = new ValidationErrors();
            errors.Add("Settings", LinkageMessages.For(e));
            return CommandResult<ResolutionSummary>.Invalid(errors);
        }
        catch (LeaseLostException)
        {
            // This node froze or lost the database and another took the run over: nothing of this run was committed.
            return CommandResult<ResolutionSummary>.Conflicted();
        }
    }

    private async Task<ResolutionSummary> RunAsync(ResolvedKind kind, LinkageSettings settings, LeaseHandle lease, IProgress<ResolutionProgress> progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        progress.Report(new ResolutionProgress("Loading", 5));
        var rows = await RecordSources.LoadAsync(db, kind, ct);
        var memberships = await db.EntityMemberships.AsNoTracking().Where(m => m.Kind == kind)
            .ToDictionaryAsync(m => m.RecordId, m => m.EntityId, ct);
        var labels = await db.MatchLabels.AsNoTracking().Where(l => l.Kind == kind)
            .Select(l => new { l.LeftRecordId, l.RightRecordId, l.IsMatch }).ToListAsync(ct);
        var pairLabels = labels.ConvertAll(l => new PairLabel(RecordSources.Id(l.LeftRecordId), RecordSources.Id(l.RightRecordId), l.IsMatch));
        var incoming = rows.Where(r => !memberships.ContainsKey(long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var incremental = incoming.Count < rows.Count;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new ResolutionRun { Kind = kind, Incremental = incremental, Records = rows.Count, NewRecords = incoming.Count };
        db.ResolutionRuns.Add(run);
        await db.SaveChangesAsync(ct);

        var applied = new ClusterApplication.Outcome(0, 0);
        var queued = 0;
        if (incoming.Count > 0)
        {
            progress.Report(new ResolutionProgress("Comparing", 20));
            var result = await Task.Run(() => Link(kind, settings, rows, incoming, memberships, pairLabels), ct);
            ct.ThrowIfCancellationRequested();
            progress.Report(new ResolutionProgress("Saving", 70));
            applied = await new ClusterApplication(db, new EntityChanges(db, time), time).ApplyAsync(kind, result.Clusters, memberships, run.Id, ct);
            progress.Report(new ResolutionProgress("Queueing", 90));
            queued = await ReviewQueueWriter.QueueAsync(db, kind, result, options.Value.BandFor(settings), labels.Select(l => (l.LeftRecordId, l.RightRecordId)), run.Id, ct);
            run.CandidatePairs = result.Blocking.CandidatePairs;
        }

        await db.SaveChangesAsync(ct);
        await MootPairs.CloseAsync(db, kind, "resolution run " + run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), time.GetUtcNow().UtcDateTime, ct);
        (run.EntitiesCreated, run.PairsQueued, run.Seconds, run.FinishedAtUtc) = (applied.EntitiesCreated, queued, clock.Elapsed.TotalSeconds, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await lease.ConfirmAsync(db, ct);
        await transaction.CommitAsync(ct);
        progress.Report(new ResolutionProgress("Done", 100));
        return new ResolutionSummary(run.Id, kind, incremental, rows.Count, incoming.Count, applied.EntitiesCreated, applied.RecordsJoined, queued,
            run.CandidatePairs, Math.Round(run.Seconds, 2));
    }

    private static LinkageResult Link(ResolvedKind kind, LinkageSettings settings, List<string?[]> rows, List<string?[]> incoming,
        Dictionary<long, long> memberships, List<PairLabel> labels)
    {
        var linker = new Linker(settings);
        if (incoming.Count == rows.Count)
        {
            return linker.Deduplicate(RecordSources.Table(kind, rows), new LinkOptions { Labels = labels });
        }

        // The model is trained on every record (with the labels), then only pairs involving a new record are scored.
        var model = linker.Train(RecordSources.Table(kind, rows), labels);
        var incomingIds = incoming.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var existing = RecordSources.Table(kind, rows.Where(r => !incomingIds.Contains(r[0])));
        var previous = memberships.ToDictionary(m => RecordSources.Id(m.Key), m => ClusterApplication.ClusterName(m.Value), StringComparer.Ordinal);
        return linker.LinkIncremental(existing, RecordSources.Table(kind, incoming), new LinkOptions { Model = model, Labels = labels, PreviousClusters = previous });
    }
}
