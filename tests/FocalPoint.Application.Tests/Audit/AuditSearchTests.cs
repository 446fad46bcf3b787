using FocalPoint.Application.Audit;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Audit;

/// <summary>The auditor's search and export: filters, paging, CSV safety, and that looking is itself logged.</summary>
public sealed class AuditSearchTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ByRecordIdActorAndPurpose_FindsOnlyThoseAndLogsTheConsultation(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(12, purpose: "Case 2026/17 robbery");
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, "Incident", ["Incident/4"], "Bulletin"));

        var byId = await SearchAsync(audit, new AuditFilter { RecordKind = "Person", RecordId = "Person/1" });
        var byPurpose = await SearchAsync(audit, new AuditFilter { Purpose = "ROBBERY", Actor = "tester", PageSize = 5, Page = 3 });
        var byAction = await SearchAsync(audit, new AuditFilter { Action = AuditAction.Export, From = DateOnly.FromDateTime(DateTime.UnixEpoch) });

        Assert.Equal(["Person/1"], byId.Items.Select(r => r.RecordIds)); // not Person/10, 11, 12
        Assert.Equal((12, 2), (byPurpose.TotalCount, byPurpose.Items.Count));
        Assert.Equal("Incident/4", Assert.Single(byAction.Items).RecordIds);
        await using var db = audit.Database.CreateContext();
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Consult && e.RecordKind == SearchAuditLog.RecordKind));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_BadFilter_AnswersFieldErrorsAndLogsNothing(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);

        await using var scope = audit.Services.CreateAsyncScope();
        var result = await new SearchAuditLog(audit.Database.CreateContext(), scope.ServiceProvider.GetRequiredService<IAuditLog>())
            .HandleAsync(new AuditFilter { PageSize = 1000, From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 1, 1) });

        Assert.Equal(["PageSize", "To"], result.Errors!.ToDictionary().Keys.Order());
        await using var db = audit.Database.CreateContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_CellsThatLookLikeFormulas_AreEscapedAndTheExportIsLogged(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", ["Person/1"], "=HYPERLINK(\"http://x\")", ["+381"], "@SUM(A1)"));
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", ["Person/2"], "-2+3", null, "plain, with comma"));

        await using var scope = audit.Services.CreateAsyncScope();
        using var output = new MemoryStream();
        await new ExportAuditLog(audit.Database.CreateContext(), scope.ServiceProvider.GetRequiredService<IAuditLog>())
            .WriteAsync(new AuditFilter { RecordKind = "Person" }, output);
        var csv = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.StartsWith("Sequence,AtUtc,Actor,ClientAddress,Action,RecordKind,RecordIds,Purpose,Recipients,Detail", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("'+381", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", csv, StringComparison.Ordinal);
        Assert.Contains("'-2+3", csv, StringComparison.Ordinal);
        Assert.Contains("\"plain, with comma\"", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|,)[=+@-]", csv.Replace("\"'", "'", StringComparison.Ordinal));
        await using var db = audit.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.RecordKind == SearchAuditLog.RecordKind));
    }

    private static async Task<Common.PagedResult<AuditEntryRow>> SearchAsync(AuditHarness audit, AuditFilter filter)
    {
        await using var scope = audit.Services.CreateAsyncScope();
        await using var db = audit.Database.CreateContext();
        var result = await new SearchAuditLog(db, scope.ServiceProvider.GetRequiredService<IAuditLog>()).HandleAsync(filter);
        return result.Value!;
    }
}
