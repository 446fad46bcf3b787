using FocalPoint.Application.Import;
using FocalPoint.Application.Jobs;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Jobs;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Application.Tests.Jobs;

public sealed class ImportAreaRetentionTests : IDisposable
{
    private readonly string store = Directory.CreateTempSubdirectory("focalpoint-store-").FullName;

    public void Dispose() => Directory.Delete(store, recursive: true);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAreaRetention_EndedBatchesPastThePeriod_PurgesTheirRowsAndFilesAndKeepsTheRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        var old = clock.GetUtcNow().UtcDateTime.AddDays(-91);
        var recent = clock.GetUtcNow().UtcDateTime.AddDays(-10);
        var committedOld = await AddBatchAsync(database, ImportBatchState.Committed, old, rows: 2, file: "left-behind");
        var rolledBackOld = await AddBatchAsync(database, ImportBatchState.RolledBack, old, rows: 1);
        var committedRecent = await AddBatchAsync(database, ImportBatchState.Committed, recent, rows: 1);
        var stagedOld = await AddBatchAsync(database, ImportBatchState.Staged, old, rows: 0, file: "waiting");
        var orphanOld = File(name: "orphan-old", writtenAt: old);
        var orphanRecent = File(name: "orphan-recent", writtenAt: recent);
        await using var node = JobNodes.Start(database, "node-a", clock,
            more: s =>
            {
                s.Configure<ImportOptions>(o => o.StoreDirectory = store);

                // This job alone: the other shipped jobs (referral erasure) would run and be counted beside it.
                s.RemoveAll<JobDefinition>();
                s.AddSingleton(new JobDefinition(ImportAreaRetention.Name, TimeSpan.FromHours(6), typeof(ImportAreaRetention)));
            });

        var ran = await node.Scheduler().TickAsync(default);
        await using var db = database.CreateContext();
        var rowsLeft = await db.QuarantinedRows.AsNoTracking().Select(q => q.BatchId).ToListAsync();
        var run = await db.JobRuns.AsNoTracking().SingleAsync();
        var audit = Assert.Single(node.GetRequiredService<RecordingAuditLog>().Events);

        Assert.Equal(1, ran);
        Assert.Equal([committedRecent.Id], rowsLeft);
        Assert.False(System.IO.File.Exists(committedOld.StoredPath));
        Assert.False(System.IO.File.Exists(orphanOld));
        Assert.True(System.IO.File.Exists(stagedOld.StoredPath));
        Assert.True(System.IO.File.Exists(orphanRecent));
        Assert.Equal((ImportAreaRetention.Name, JobOutcome.Succeeded, 5L), (run.JobName, run.Outcome, run.Items));
        Assert.Equal(AuditAction.Erase, audit.Action);
        Assert.Equal([$"ImportBatch/{committedOld.Id}", $"ImportBatch/{rolledBackOld.Id}"], audit.RecordIds);
        Assert.Contains("3 quarantined row(s) of 2 batch(es), 2 staged file(s)", audit.Detail, StringComparison.Ordinal);
        Assert.Equal(2, await db.ImportBatches.CountAsync(b => b.State == ImportBatchState.Committed));
    }

    private string File(string name, DateTime writtenAt)
    {
        var path = Path.Combine(store, name + ".upload");
        System.IO.File.WriteAllText(path, "sealed bytes");
        System.IO.File.SetLastWriteTimeUtc(path, writtenAt);
        return path;
    }

    private async Task<ImportBatch> AddBatchAsync(TestDatabase database, ImportBatchState state, DateTime endedAt, int rows, string? file = null)
    {
        await using var db = database.CreateContext();
        var batch = new ImportBatch
        {
            Source = "border-police", FileName = "seizures.csv", FileSha256 = new string('a', 64), StoredPath = file is null ? "" : File(file, endedAt),
            Format = "Csv", MappingJson = "{}", State = state, CreatedBy = "analyst", CreatedAtUtc = endedAt.AddHours(-1),
            FinishedAtUtc = state == ImportBatchState.Staged ? null : endedAt,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        db.QuarantinedRows.AddRange(Enumerable.Range(1, rows).Select(i => new QuarantinedRow
        {
            BatchId = batch.Id, RowNumber = i + 1, ValuesJson = """{"given_name":"Agim","family_name":"Krasniqi"}""", ErrorsJson = "[]",
        }));
        await db.SaveChangesAsync();
        return batch;
    }
}
