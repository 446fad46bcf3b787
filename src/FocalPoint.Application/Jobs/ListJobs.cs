using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Jobs;

/// <param name="Interval">Null for work started on demand (a resolution run), which has a lease but no schedule.</param>
/// <param name="Holder">The node holding the lease now; null when it is free.</param>
public sealed record JobView(
    string Name, TimeSpan? Interval, string? Holder, long Token, DateTime? ExpiresAtUtc, string? LastNode, DateTime? RenewedAtUtc,
    DateTime? RunRequestedAtUtc, JobRunView? LastRun, bool Schedulable);

public sealed record JobRunView(long Id, string JobName, string Node, long Token, DateTime StartedAtUtc, DateTime? FinishedAtUtc, JobOutcome Outcome, long Items, string? Detail);

public sealed record JobsOverview(IReadOnlyList<JobView> Jobs, PagedResult<JobRunView> Runs);

/// <summary>
/// The administrators' view of background work: every scheduled job and every lease ever taken (on-demand work such
/// as resolution runs too), who holds it until when, and the runs, newest first, a page at a time.
/// </summary>
public sealed class ListJobs(FocalPointDbContext db, IAccessContext accessContext, IEnumerable<JobDefinition> definitions, IOptions<JobOptions> options, TimeProvider time)
{
    public const int PageSize = 20;

    /// <param name="job">Only this job's runs; null for all.</param>
    public async Task<CommandResult<JobsOverview>> HandleAsync(string? job, int page, CancellationToken ct = default)
    {
        if (!(await accessContext.GetAsync(ct)).Holds(Capabilities.Administration))
        {
            return CommandResult<JobsOverview>.Missing();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var leases = await db.JobLeases.AsNoTracking().ToDictionaryAsync(l => l.Name, StringComparer.Ordinal, ct);
        var scheduled = definitions.ToDictionary(d => d.Name, d => d.IntervalUnder(options.Value), StringComparer.Ordinal);
        var names = scheduled.Keys.Union(leases.Keys).Order(StringComparer.Ordinal).ToList();
        var last = await LastRunsAsync(names, ct);
        var jobs = names.ConvertAll(name =>
        {
            var lease = leases.GetValueOrDefault(name);
            var held = lease is not null && lease.ExpiresAtUtc > now;
            return new JobView(name, scheduled.TryGetValue(name, out var every) ? every : null, held ? lease!.Owner : null, lease?.Token ?? 0,
                held ? lease!.ExpiresAtUtc : null, lease is { Owner.Length: > 0 } ? lease.Owner : null, lease is { Token: > 0 } ? lease.RenewedAtUtc : null,
                lease?.RunRequestedAtUtc, last.GetValueOrDefault(name), scheduled.ContainsKey(name));
        });

        page = Math.Max(1, page);
        var runs = db.JobRuns.AsNoTracking().Where(r => job == null || r.JobName == job);
        var total = await runs.CountAsync(ct);
        var items = await runs.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).Select(View).ToListAsync(ct);
        return CommandResult<JobsOverview>.Ok(new JobsOverview(jobs, new PagedResult<JobRunView>(items, page, PageSize, total, false)));
    }

    private async Task<Dictionary<string, JobRunView>> LastRunsAsync(List<string> names, CancellationToken ct)
    {
        var ids = await db.JobRuns.AsNoTracking().Where(r => names.Contains(r.JobName)).GroupBy(r => r.JobName).Select(g => g.Max(r => r.Id)).ToListAsync(ct);
        return await db.JobRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(View).ToDictionaryAsync(r => r.JobName, StringComparer.Ordinal, ct);
    }

    private static readonly System.Linq.Expressions.Expression<Func<JobRun, JobRunView>> View =
        r => new JobRunView(r.Id, r.JobName, r.Node, r.Token, r.StartedAtUtc, r.FinishedAtUtc, r.Outcome, r.Items, r.Detail);
}
