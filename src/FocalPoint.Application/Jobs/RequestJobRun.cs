using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Jobs;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// An administrator's "run now": the request is written on the job's lease row, so whichever node looks next runs it,
/// under the lease as always (a run already going is followed by one more). Only scheduled jobs can be requested:
/// on-demand work (resolution runs) starts from its own page.
/// </summary>
public sealed class RequestJobRun(FocalPointDbContext db, IAccessContext accessContext, IEnumerable<JobDefinition> definitions, TimeProvider time)
{
    public async Task<CommandResult<string>> HandleAsync(string job, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.Holds(Capabilities.Administration) || !definitions.Any(d => d.Name == job))
        {
            return CommandResult<string>.Missing();
        }

        await LeaseStore.RequestRunAsync(db, job, access.UserName, time.GetUtcNow().UtcDateTime, ct);
        return CommandResult<string>.Ok(job);
    }
}
