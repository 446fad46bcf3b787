using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.National;

/// <summary>Two nodes, one PostgreSQL database, one audit chain (ADR 0008: each batch under an advisory lock).</summary>
public sealed class TwoNodesAuditTests
{
    [Fact]
    public async Task AuditChain_BothNodesWritingAtOnce_VerifiesWithEveryEntryOnce()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        // Anchors every 25 entries: both nodes sign anchors into the one chain.
        var settings = new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Audit:AnchorEvery"] = "25" };
        await using var a = new NodeApp(database, "node-a", settings).Started();
        await using var b = new NodeApp(database, "node-b", settings).Started();
        long before;
        await using (var db = database.CreateContext())
        {
            before = await db.AuditEntries.LongCountAsync();
        }

        await Task.WhenAll(WriteAsync(a, 300), WriteAsync(b, 300));

        await using var scope = b.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        var written = await scope.ServiceProvider.GetRequiredService<FocalPoint.Data.FocalPointDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.RecordKind == "NodeProbe").Select(e => e.RecordIds).ToListAsync();
        Assert.True(verification.Intact, verification.FirstProblem?.Message);
        Assert.True(verification.AnchorsChecked > 2, $"{verification.AnchorsChecked} anchors checked.");
        Assert.Equal(before + 600, verification.EntriesChecked);
        Assert.Equal(600, written.Distinct().Count());
    }

    /// <summary>Eight writers at a time on the node, each entry naming its node and number.</summary>
    private static Task WriteAsync(NodeApp node, int count) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await using var scope = node.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(
                new AuditEvent(AuditAction.Consult, "NodeProbe", [$"{node.NodeId}-{i}"]), ct);
        });
}
