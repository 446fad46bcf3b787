using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Audit;

/// <summary>The writer keeps one gap-free chain, loses nothing, survives a restart; the verifier accepts it.</summary>
public sealed class AuditChainTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAsync_ManyEntries_ChainVerifiesWithAnchors(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 10);

        await audit.RecordManyAsync(45);
        await audit.StopAsync();
        var result = await audit.VerifyAsync();

        Assert.True(result.Intact, result.FirstProblem?.Message);
        Assert.Equal(45, result.EntriesChecked);
        Assert.True(result.AnchorSignaturesChecked);
        await using var db = audit.Database.CreateContext();
        var anchors = await db.AuditAnchors.Select(a => a.Sequence).ToListAsync();
        Assert.Contains(40, anchors);
        Assert.Contains(45, anchors); // the shutdown anchor covers the tail
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAsync_SixteenConcurrentProducers_LoseNothingAndKeepOneChain(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 50);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(producer => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.Search, "Person", [$"P{producer}-{i}"], "concurrency"));
            }
        })));

        await using var db = audit.Database.CreateContext();
        var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), sequences);
        Assert.Equal(400, await db.AuditEntries.Select(e => e.RecordIds).Distinct().CountAsync());
        Assert.True((await audit.VerifyAsync()).Intact);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAsync_AfterRestart_ContinuesTheSameChain(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(7);
        await audit.StopAsync();

        audit.Start("second-node");
        await audit.RecordManyAsync(6);
        var result = await audit.VerifyAsync();

        Assert.True(result.Intact, result.FirstProblem?.Message);
        Assert.Equal(13, result.EntriesChecked);
        await using var db = audit.Database.CreateContext();
        var eighth = await db.AuditEntries.SingleAsync(e => e.Sequence == 8);
        Assert.Equal("second-node", eighth.Actor);
        Assert.Equal((await db.AuditEntries.SingleAsync(e => e.Sequence == 7)).Hash, eighth.PreviousHash);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAsync_StoresWhoWhatWhyAndRecipients(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);

        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "Person", ["Person/1", "Person/2"], "request 12/2026", ["Europol", "Border Police"], "package"));

        await using var db = audit.Database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("tester", AuditAction.Disclose, "Person/1,Person/2", "request 12/2026", "Europol; Border Police"),
            (entry.Actor, entry.Action, entry.RecordIds, entry.Purpose, entry.Recipients));
        Assert.Equal(AuditHash.Genesis, entry.PreviousHash);
        Assert.Equal(AuditHash.Compute(entry), entry.Hash);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAsync_WhenTheBatchCannotBeStored_CallerGetsTheErrorAndChainStaysWhole(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(3);
        await using (var db = audit.Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEntries" RENAME TO "AuditEntriesAway" """);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", ["Person/9"])));

        await using (var db = audit.Database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEntriesAway" RENAME TO "AuditEntries" """);
        }

        await audit.RecordManyAsync(2);
        var result = await audit.VerifyAsync();
        Assert.True(result.Intact, result.FirstProblem?.Message);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Triggers_UpdateAndDeleteThroughSql_AreRefused(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(12);
        await audit.StopAsync();
        await using var db = audit.Database.CreateContext();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Purpose" = 'none' """));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3"""));
        var anchors = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditAnchors" """));

        Assert.All(new[] { update, delete, anchors }, e => Assert.Contains(AuditTriggers.Message, e.Message, StringComparison.Ordinal));
        Assert.Equal(12, await db.AuditEntries.CountAsync(e => e.Purpose == "case work"));
        Assert.True((await audit.VerifyAsync()).Intact);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Triggers_CreatedAgainAtStart_AreIdempotent(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(2);
        await using var db = audit.Database.CreateContext();

        await new DatabaseInitializer(db).MigrateAsync();
        await new DatabaseInitializer(db).MigrateAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
    }
}
