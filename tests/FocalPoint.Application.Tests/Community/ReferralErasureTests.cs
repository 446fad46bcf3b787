using FocalPoint.Application.Community.Referrals;
using FocalPoint.Application.Jobs;
using FocalPoint.Application.Tests.Jobs;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Community;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static FocalPoint.Application.Tests.Community.ReferralTestData;

namespace FocalPoint.Application.Tests.Community;

/// <summary>Retention: the review queue shows what is due, and the leased job erases referrals at exit plus the retention period.</summary>
public sealed class ReferralErasureTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ErasureJob_PastTheRetentionPeriod_ErasesTheReferralWithItsStepsAndKeepsTheRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Clock.GetUtcNow());
        long erased, kept;
        await using (var worker = TestServices.For(database, time: clock, access: CaseWorker()))
        {
            erased = await ReferAsync(worker);
            kept = await ReferAsync(worker);
            await StepAsync(worker, s => s.ScreenAsync(erased, new(ScreeningOutcome.NotAppropriate, null)));
            clock.Advance(TimeSpan.FromDays(200));
            await StepAsync(worker, s => s.ScreenAsync(kept, new(ScreeningOutcome.Signposted, "Youth centre")));
            clock.Advance(TimeSpan.FromDays(170));

            var queue = await worker.RunAsync<ListReferrals, IReadOnlyList<ReferralRow>?>(l => l.HandleAsync(ReferralListKind.ReviewQueue));
            Assert.Equal([erased], queue!.Select(r => r.Id));
        }

        await using var node = JobNodes.Start(database, "node-a", clock, more: s =>
        {
            s.RemoveAll<JobDefinition>();
            s.AddSingleton(new JobDefinition(EraseExpiredReferrals.Name, TimeSpan.FromHours(6), typeof(EraseExpiredReferrals)));
        });
        var ran = await node.Scheduler().TickAsync(default);

        await using var db = database.CreateContext();
        Assert.Equal(1, ran);
        Assert.Equal([kept], await db.Referrals.Select(r => r.Id).ToListAsync());
        Assert.Equal([kept], await db.ReferralHistory.Select(h => h.ReferralId).Distinct().ToListAsync());
        var audit = Assert.Single(node.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Erase, $"Referral/{erased}"), (audit.Action, audit.RecordIds.Single()));
    }
}
