using FocalPoint.Application.Import;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Import;

public sealed class QuarantineCorrectionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reimport_OneRowCorrected_ImportsItWithProvenanceAndKeepsTheOther(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (batchId, rows) = await QuarantineAsync(services);

        var outcome = await ReimportAsync(services, batchId, Corrected(rows, ("Data", "31.05.2024", 2)));

        Assert.Equal((1, 1, 0), (outcome.RecordsImported, outcome.RowsResolved, outcome.RowsSkipped));
        var still = Assert.Single(outcome.StillWrong);
        Assert.Equal(3, still.Row);
        Assert.Contains(still.Errors, e => e.Field == "Komuna" && e.Value == "Atlantis");
        await using var db = await services.ContextAsync();
        var correction = await db.ImportBatches.SingleAsync(b => b.Id == outcome.BatchId);
        Assert.Equal((batchId, ImportBatchState.Committed, 1L), (correction.CorrectsBatchId!.Value, correction.State, correction.RecordsImported));
        var record = await db.ImportRecords.SingleAsync(r => r.BatchId == correction.Id);
        Assert.Equal((2L, "B-1"), (record.RowNumber, record.SourceKey));
        Assert.True(await db.Incidents.AnyAsync(i => i.Id == record.RecordId && i.OccurredOn == new DateOnly(2024, 5, 31)));
        var resolved = await db.QuarantinedRows.SingleAsync(q => q.BatchId == batchId && q.RowNumber == 2);
        Assert.Equal(correction.Id, resolved.ResolvedByBatchId);
        Assert.Contains("31.05.2024", (await db.QuarantinedRows.SingleAsync(q => q.BatchId == batchId && q.RowNumber == 2)).ValuesJson, StringComparison.Ordinal);
        Assert.Contains(services.GetRequiredService<RecordingAuditLog>().Events,
            e => e.Action == AuditAction.Collect && e.RecordIds.Contains($"ImportBatch/{correction.Id}") && e.RecordIds.Contains($"ImportBatch/{batchId}"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reimport_SameCorrectionsTwice_ImportsEachRecordOnce(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (batchId, rows) = await QuarantineAsync(services);
        var corrections = Corrected(rows, ("Data", "31.05.2024", 2), ("Komuna", "Prizren", 3));

        var first = await ReimportAsync(services, batchId, corrections);
        var second = await ReimportAsync(services, batchId, corrections);

        Assert.Equal((2, 0), (first.RecordsImported, first.StillWrong.Count));
        Assert.Equal((0, 0, (long?)null), (second.RecordsImported, second.RowsResolved, second.BatchId));
        Assert.Equal(3, (await ImportFiles.CountsAsync(services)).Incidents);
        var open = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(b => b.QuarantineAsync(batchId));
        Assert.Empty(open!);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reimport_StillWrong_KeepsTheEditedValuesAndNewErrorsAndChangesNoRecord(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (batchId, rows) = await QuarantineAsync(services);

        var outcome = await ReimportAsync(services, batchId, Corrected(rows, ("Komuna", "Narnia", 3)));

        Assert.Equal((0, (long?)null), (outcome.RecordsImported, outcome.BatchId));
        Assert.Equal(1, (await ImportFiles.CountsAsync(services)).Incidents);
        var open = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(b => b.QuarantineAsync(batchId));
        var row3 = Assert.Single(open!, r => r.Row == 3);
        Assert.Equal("Narnia", row3.Values["Komuna"]);
        Assert.Contains(row3.Errors, e => e.Value == "Narnia");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Check_CorrectedRows_ReportsWithoutWriting(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (batchId, rows) = await QuarantineAsync(services);

        var checkedRows = await services.RunAsync<CorrectQuarantine, ImportResult<CorrectionOutcome>>(c =>
            c.CheckAsync(batchId, Corrected(rows, ("Data", "31.05.2024", 2))));

        Assert.Equal((1, 1), (checkedRows.Value!.RecordsImported, checkedRows.Value.StillWrong.Count));
        Assert.Equal(1, (await ImportFiles.CountsAsync(services)).Incidents);
        Assert.Equal(2, (await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(b => b.QuarantineAsync(batchId)))!.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reimport_RefusedBatch_IsAConflict(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (_, refused) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.WithErrors), "bad.csv");
        var rows = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(b => b.QuarantineAsync(refused!.Value!.BatchId));

        var result = await services.RunAsync<CorrectQuarantine, ImportResult<CorrectionOutcome>>(c =>
            c.ReimportAsync(refused!.Value!.BatchId, Corrected(rows!, ("Data", "31.05.2024", 2))));

        Assert.Equal(ImportProblemKind.Conflict, result.Problem!.Kind);
    }

    private static async Task<(long BatchId, IReadOnlyList<ImportErrorLine> Rows)> QuarantineAsync(ServiceProvider services)
    {
        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(ImportFiles.WithErrors), "bad.csv", ImportPolicy.Quarantine);
        var batchId = committed!.Value!.BatchId;
        var rows = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(b => b.QuarantineAsync(batchId));
        return (batchId, rows!);
    }

    /// <summary>Every open row with its values, some of them changed: (column, new value, row number).</summary>
    private static List<QuarantineCorrection> Corrected(IReadOnlyList<ImportErrorLine> rows, params (string Column, string Value, long Row)[] changes) =>
    [
        .. rows.Select(r =>
        {
            var values = new Dictionary<string, string?>(r.Values);
            foreach (var change in changes.Where(c => c.Row == r.Row))
            {
                values[change.Column] = change.Value;
            }

            return new QuarantineCorrection(r.QuarantinedRowId, values);
        }),
    ];

    private static async Task<CorrectionOutcome> ReimportAsync(ServiceProvider services, long batchId, List<QuarantineCorrection> corrections)
    {
        var result = await services.RunAsync<CorrectQuarantine, ImportResult<CorrectionOutcome>>(c => c.ReimportAsync(batchId, corrections));
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value!;
    }
}
