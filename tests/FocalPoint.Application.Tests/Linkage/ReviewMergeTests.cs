using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Linkage;

/// <summary>An accept that would join whole entities is shown and confirmed first; pairs it settles are closed, not left pending.</summary>
[Collection(ResolutionSeed.Collection)]
public sealed class ReviewMergeTests
{
    private const string Purpose = "Deduplication of case FP-2024-000001";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accept_PairJoiningLargerEntities_AsksToConfirmWithConflictsThenClosesMootPairs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await services.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        var first = await ResolutionSeed.QueuePairAsync(database, 1, 2);
        var (second, settled) = (await ResolutionSeed.QueuePairAsync(database, 2, 3), await ResolutionSeed.QueuePairAsync(database, 1, 3));

        var small = await Decide(services, first, confirm: false);
        var unconfirmed = await Decide(services, second, confirm: false);
        var preview = await services.RunAsync<PreviewReviewMerge, MergePreview?>(p => p.HandleAsync(second, Purpose));
        var confirmed = await Decide(services, second, confirm: true);

        Assert.True(small.Succeeded);
        Assert.Equal([DecideReviewPair.ConfirmationNeeded], unconfirmed.Errors!.ToDictionary()[nameof(ReviewDecision.ConfirmMerge)]);
        Assert.True(preview!.NeedsConfirmation);
        Assert.Equal(3, preview.LeftMembers + preview.RightMembers);
        var born = Assert.Single(preview.Conflicts, c => c.Label == "Date_Of_Birth");
        Assert.Equal(3, born.LeftValues.Count + born.RightValues.Count);
        Assert.True(confirmed.Succeeded);
        await using var db = database.CreateContext();
        var moot = await db.ReviewPairs.SingleAsync(p => p.Id == settled);
        Assert.Equal((ReviewState.Closed, ReviewClosure.SameEntity, "analyst"), (moot.State, moot.ClosedReason, moot.DecidedBy));
        Assert.Equal(1, await db.EntityMemberships.Where(m => m.RecordId <= 3).Select(m => m.EntityId).Distinct().CountAsync());
        var pending = await services.RunAsync<ListReviewQueue, PagedResult<ReviewQueueRow>>(l => l.HandleAsync(new ReviewQueueFilter()));
        Assert.Equal(0, pending.TotalCount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accept_TwoSingleRecords_NeedsNoConfirmation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ResolutionSeed.AddIncidentAsync(database, "FP-2024-000001", ResolutionSeed.Distinct());
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await services.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(ResolvedKind.Person));
        var pair = await ResolutionSeed.QueuePairAsync(database, 5, 6);

        var preview = await services.RunAsync<PreviewReviewMerge, MergePreview?>(p => p.HandleAsync(pair, Purpose));

        Assert.False(preview!.NeedsConfirmation);
        Assert.Empty(preview.Conflicts);
    }

    private static Task<CommandResult<long?>> Decide(ServiceProvider services, long pair, bool confirm) =>
        services.RunAsync<DecideReviewPair, CommandResult<long?>>(d => d.HandleAsync(new ReviewDecision(pair, Accept: true, ConfirmMerge: confirm)));
}
