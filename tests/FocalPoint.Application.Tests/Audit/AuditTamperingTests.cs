using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Audit;

/// <summary>Every kind of tampering (done with the triggers dropped, as a DBA could) is reported at its first entry.</summary>
public sealed class AuditTamperingTests
{
    private static readonly string[] Fields =
    [
        nameof(AuditEntry.AtUtc), nameof(AuditEntry.Actor), nameof(AuditEntry.ClientAddress), nameof(AuditEntry.Action),
        nameof(AuditEntry.RecordKind), nameof(AuditEntry.RecordIds), nameof(AuditEntry.Purpose), nameof(AuditEntry.Recipients),
        nameof(AuditEntry.Detail), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash),
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_AnyFieldAltered_ReportsThatEntry(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(20);

        foreach (var field in Fields)
        {
            object? original = null;
            await audit.TamperAsync(async db =>
            {
                var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 7);
                var property = typeof(AuditEntry).GetProperty(field)!;
                original = property.GetValue(entry);
                property.SetValue(entry, Altered(original));
                await db.SaveChangesAsync();
            });

            var result = await audit.VerifyAsync();

            Assert.False(result.Intact, field);
            Assert.Equal(7, result.FirstProblem!.Sequence);
            await audit.TamperAsync(async db =>
            {
                var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 7);
                typeof(AuditEntry).GetProperty(field)!.SetValue(entry, original);
                await db.SaveChangesAsync();
            });
            Assert.True((await audit.VerifyAsync()).Intact, $"{field} restored");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_EntryDeleted_ReportsRemovedAtThatEntry(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(20);

        await audit.TamperAsync(db => db.AuditEntries.Where(e => e.Sequence == 12).ExecuteDeleteAsync());
        var problem = (await audit.VerifyAsync()).FirstProblem;

        Assert.Equal((AuditProblemKind.Removed, 12L), (problem?.Kind, problem?.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_TwoEntriesSwapped_ReportsReorderedAtTheFirst(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(20);

        await audit.TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Sequence" = -1 WHERE "Sequence" = 5""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Sequence" = 5 WHERE "Sequence" = 8""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Sequence" = 8 WHERE "Sequence" = -1""");
        });
        var problem = (await audit.VerifyAsync()).FirstProblem;

        Assert.Equal((AuditProblemKind.Reordered, 5L), (problem?.Kind, problem?.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_TailCutOff_ReportsTruncatedAfterTheLastEntryLeft(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 10);
        await audit.RecordManyAsync(25);
        await audit.StopAsync();

        await audit.TamperAsync(db => db.AuditEntries.Where(e => e.Sequence > 22).ExecuteDeleteAsync());
        var problem = (await audit.VerifyAsync()).FirstProblem;

        Assert.Equal((AuditProblemKind.Truncated, 23L), (problem?.Kind, problem?.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_EntryRewrittenWithRecomputedHash_ReportsThatEntry(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(20);

        await audit.TamperAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Sequence == 9);
            entry.Purpose = "innocent";
            entry.Hash = AuditHash.Compute(entry);
            await db.SaveChangesAsync();
        });
        var problem = (await audit.VerifyAsync()).FirstProblem;

        Assert.Equal((AuditProblemKind.Altered, 9L), (problem?.Kind, problem?.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_WholeTailRewrittenConsistently_ReportsTheAnchor(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 10);
        await audit.RecordManyAsync(20);

        // A forger who recomputes every hash from entry 15 on leaves a consistent chain: only the anchor at 20 disagrees.
        await audit.TamperAsync(async db =>
        {
            var previous = (await db.AuditEntries.SingleAsync(e => e.Sequence == 14)).Hash;
            foreach (var entry in await db.AuditEntries.Where(e => e.Sequence >= 15).OrderBy(e => e.Sequence).ToListAsync())
            {
                entry.Purpose = "rewritten";
                entry.PreviousHash = previous;
                entry.Hash = previous = AuditHash.Compute(entry);
            }

            await db.SaveChangesAsync();
        });
        var problem = (await audit.VerifyAsync()).FirstProblem;

        Assert.Equal((AuditProblemKind.AnchorMismatch, 20L), (problem?.Kind, problem?.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_WithAnotherAnchorKey_ReportsTheFirstAnchor(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 10);
        await audit.RecordManyAsync(15);

        var problem = (await audit.VerifyAsync(AuditAnchorKey.FromSecret("a different secret, a different secret"))).FirstProblem;

        Assert.Equal(AuditProblemKind.AnchorMismatch, problem?.Kind);
    }

    private static object? Altered(object? value) => value switch
    {
        DateTime time => time.AddSeconds(1),
        AuditAction action => action == AuditAction.Export ? AuditAction.Consult : AuditAction.Export,
        string text when text.Length == 64 => new string('f', 64),
        string text => text + "x",
        null => "added",
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
