using FocalPoint.Application.Common;
using FocalPoint.Application.Jobs;
using FocalPoint.Application.Linkage;
using FocalPoint.Application.Tests.Linkage;
using FocalPoint.Data.Jobs;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Jobs;

[Collection(ResolutionSeed.Collection)]
public sealed class ResolutionLeaseTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RunResolution_WhileAnotherNodeRuns_IsRefusedAndWritesNothingThenRunsOnceItEnds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var nodeA = TestServices.For(database, access: TestUsers.Analyst(), replace: s => s.AddSingleton(new JobNode("node-a")));
        await using var db = database.CreateContext();
        var otherRun = await LeaseStore.TryAcquireAsync(db, RunResolution.LeaseName, "node-b", TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1), default);

        var refused = await nodeA.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        var runsWhileHeld = await db.ResolutionRuns.CountAsync();
        await LeaseStore.ReleaseAsync(db, RunResolution.LeaseName, "node-b", otherRun!.Value, TimeProvider.System.GetUtcNow().UtcDateTime, default);
        var ran = await nodeA.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        var lease = await db.JobLeases.AsNoTracking().SingleAsync();

        Assert.True(refused.Conflict);
        Assert.Equal(0, runsWhileHeld);
        Assert.True(ran.Succeeded);
        Assert.Equal(40, ran.Value!.EntitiesCreated);
        Assert.Equal(("node-a", 2L), (lease.Owner, lease.Token));
        Assert.True(lease.ExpiresAtUtc <= TimeProvider.System.GetUtcNow().UtcDateTime, "The lease is released when the run ends.");
    }
}
