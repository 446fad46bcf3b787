using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Linkage;

[Collection(ResolutionSeed.Collection)]
public sealed class ResolutionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RunResolution_ThenNewRecords_KeepsEntityIdsAndJoinsTheNewRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", [.. ResolutionSeed.Distinct(), ResolutionSeed.Krasniqi(), ResolutionSeed.Krasniqi("AGIM", "KRASNIQI")]);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var first = await Run(services);
        var before = await Memberships(services);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000002", ResolutionSeed.Krasniqi("Agim", "Krasnići"));
        var second = await Run(services);
        var third = await Run(services);
        var after = await Memberships(services);

        Assert.False(first.Incremental);
        Assert.Equal(42, first.Records);
        Assert.Equal(41, first.EntitiesCreated);
        Assert.True(second.Incremental);
        Assert.Equal((1, 0, 1), (second.NewRecords, second.EntitiesCreated, second.RecordsJoined));
        Assert.Equal((0, 0), (third.NewRecords, third.EntitiesCreated));
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
        var krasniqi = after.OrderByDescending(a => a.Key).Take(3).Select(a => a.Value).Distinct();
        Assert.Single(krasniqi);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DecideReviewPair_AcceptThenReject_MergesLabelsAndRefusesASecondDecision(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await Run(services);
        var (accepted, rejected) = (await ResolutionSeed.QueuePairAsync(database, 1, 2), await ResolutionSeed.QueuePairAsync(database, 3, 4));

        var accept = await services.RunAsync<DecideReviewPair, CommandResult<long?>>(d => d.HandleAsync(new ReviewDecision(accepted, Accept: true)));
        var reject = await services.RunAsync<DecideReviewPair, CommandResult<long?>>(d => d.HandleAsync(new ReviewDecision(rejected, Accept: false)));
        var again = await services.RunAsync<DecideReviewPair, CommandResult<long?>>(d => d.HandleAsync(new ReviewDecision(accepted, Accept: false)));
        var memberships = await Memberships(services);
        await using var db = database.CreateContext();
        var labels = await db.MatchLabels.OrderBy(l => l.LeftRecordId).Select(l => new { l.LeftRecordId, l.IsMatch }).ToListAsync();
        var history = await db.EntityHistory.Where(h => h.Change == EntityChange.Merged || h.Change == EntityChange.MergedInto).ToListAsync();
        var queue = await services.RunAsync<ListReviewQueue, PagedResult<ReviewQueueRow>>(l => l.HandleAsync(new ReviewQueueFilter(State: ReviewState.Accepted)));

        Assert.True(accept.Succeeded && reject.Succeeded);
        Assert.True(again.Conflict);
        Assert.Equal(memberships[1], memberships[2]);
        Assert.NotEqual(memberships[3], memberships[4]);
        Assert.Equal(accept.Value, memberships[1]);
        Assert.Equal([(1L, true), (3L, false)], labels.Select(l => (l.LeftRecordId, l.IsMatch)));
        Assert.Equal(2, history.Count);
        Assert.Equal("analyst", Assert.Single(queue.Items).DecidedBy);
        Assert.Single(await db.ResolvedEntities.Where(e => e.MergedIntoId == memberships[1]).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MergeThenSplit_WithJustification_MovesRecordsAndKeepsHistory(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await Run(services);
        var m = await Memberships(services);

        var unjustified = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.MergeAsync(new MergeInput(m[5], m[6], " ")));
        var merged = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.MergeAsync(new MergeInput(m[6], m[5], "Same fingerprints (AFIS 2024/77).")));
        var all = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.SplitAsync(new SplitInput(merged.Value, [5, 6], "Everything out is not a split.")));
        var split = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.SplitAsync(new SplitInput(merged.Value, [6], "AFIS hit withdrawn by forensics.")));
        var entity = await services.RunAsync<GetResolvedEntity, ResolvedEntityDetails?>(g => g.HandleAsync(merged.Value, "Case work FP-2024-000001"));
        var after = await Memberships(services);
        var audit = services.GetRequiredService<RecordingAuditLog>().Events;

        Assert.NotNull(unjustified.Errors);
        Assert.Equal(m[5], merged.Value);
        Assert.NotNull(all.Errors);
        Assert.True(split.Succeeded);
        Assert.Equal((m[5], split.Value), (after[5], after[6]));
        Assert.Equal([5L], entity!.Records.Select(r => r.RecordId));
        Assert.Equal([EntityChange.Split, EntityChange.Merged, EntityChange.Created], entity.History.Select(h => h.Change));
        Assert.Equal("AFIS hit withdrawn by forensics.", entity.History[0].Justification);
        Assert.Contains(audit, e => e.Action == AuditAction.Consult && e.Purpose == "Case work FP-2024-000001" && e.RecordIds.Contains("Person/5"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewQueueAndEntities_ForCommander_AreOutOfReach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var analyst = TestServices.For(database, access: TestUsers.Analyst());
        await Run(analyst);
        var pair = await ResolutionSeed.QueuePairAsync(database, 1, 2);
        await using var commander = TestServices.For(database, access: TestUsers.Commander());

        var run = await commander.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        var queue = await commander.RunAsync<ListReviewQueue, PagedResult<ReviewQueueRow>>(l => l.HandleAsync(new ReviewQueueFilter()));
        var details = await commander.RunAsync<GetReviewPair, ReviewPairDetails?>(g => g.HandleAsync(pair, "Curiosity only"));
        var decided = await commander.RunAsync<DecideReviewPair, CommandResult<long?>>(d => d.HandleAsync(new ReviewDecision(pair, true)));
        var seen = await analyst.RunAsync<GetReviewPair, ReviewPairDetails?>(g => g.HandleAsync(pair, "Entity review"));

        Assert.True(run.NotFound && decided.NotFound);
        Assert.Empty(queue.Items);
        Assert.Null(details);
        Assert.Equal([1L, 2L], new[] { seen!.Left.RecordId, seen.Right.RecordId });
        Assert.Contains(analyst.GetRequiredService<RecordingAuditLog>().Events, e => e.Action == AuditAction.Consult && e.RecordIds.Contains("ReviewPair/" + pair));
    }

    private static async Task<ResolutionSummary> Run(ServiceProvider services)
    {
        var result = await services.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().SelectMany(e => e.Value) ?? []));
        return result.Value!;
    }

    private static async Task<Dictionary<long, long>> Memberships(ServiceProvider services)
    {
        await using var db = await services.ContextAsync();
        return await db.EntityMemberships.ToDictionaryAsync(m => m.RecordId, m => m.EntityId);
    }
}
